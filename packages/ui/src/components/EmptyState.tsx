import type { ReactNode } from 'react';
import { Heading, type HeadingLevel } from './Heading.tsx';

export interface EmptyStateProps {
  /** e.g. "Aucun atelier pour le moment". */
  title: ReactNode;
  headingLevel?: HeadingLevel;
  /** What it means and what to do next. */
  children?: ReactNode;
  /** Usually a `ButtonLink` to create the first item. */
  action?: ReactNode;
}

/** Shown instead of a list or table that has nothing to show yet. */
export function EmptyState({ title, headingLevel = 2, children, action }: EmptyStateProps) {
  return (
    <div className="rf-empty-state">
      <Heading level={headingLevel} className="rf-empty-state__title">
        {title}
      </Heading>
      {children ? <div className="rf-empty-state__body">{children}</div> : null}
      {action ? <div className="rf-empty-state__action">{action}</div> : null}
    </div>
  );
}
