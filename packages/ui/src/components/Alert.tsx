import type { ReactNode } from 'react';
import { cx } from '../lib/cx.ts';
import { Heading, type HeadingLevel } from './Heading.tsx';

export type AlertKind = 'info' | 'success' | 'warning' | 'error';

export interface AlertProps {
  kind: AlertKind;
  title?: ReactNode;
  headingLevel?: HeadingLevel;
  /**
   * Read first by screen readers only, e.g. "Erreur :" or "Information :", so the kind is not given by
   * colour alone when the title does not already say it.
   */
  kindLabel?: string;
  children?: ReactNode;
  id?: string;
  className?: string;
}

/**
 * A message box. `error` is `role="alert"` (announced at once); the others are `role="status"` (announced
 * politely). A live region announces changes made after it is in the page; on a page load, place it near
 * the top of `<main>` so it is met first.
 */
export function Alert({ kind, title, headingLevel = 2, kindLabel, children, id, className }: AlertProps) {
  const prefix = kindLabel ? <span className="visually-hidden">{kindLabel} </span> : null;
  return (
    <div
      className={cx('rf-alert', `rf-alert--${kind}`, className)}
      id={id}
      role={kind === 'error' ? 'alert' : 'status'}
    >
      {title ? (
        <Heading level={headingLevel} className="rf-alert__title">
          {prefix}
          {title}
        </Heading>
      ) : null}
      {children ? (
        <div className="rf-alert__body">
          {title ? null : prefix}
          {children}
        </div>
      ) : null}
    </div>
  );
}
