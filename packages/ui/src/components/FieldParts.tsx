import type { ReactNode } from 'react';
import { cx, joinIds } from '../lib/cx.ts';

/**
 * A required field says so in its label, in words (e.g. "(obligatoire)"), not only with a colour or a star.
 * The words come translated from the app, so they are mandatory when `required` is set.
 */
export type RequiredMarking =
  | { required?: false; requiredLabel?: string }
  | { required: true; requiredLabel: string };

/** Props every form field shares. */
export interface FieldCommonProps {
  /** Id of the control; defaults to `name`. `FormErrorSummary` links to `#id`. */
  id?: string;
  name: string;
  label: ReactNode;
  /** Help text under the label, read by screen readers after the label. */
  hint?: ReactNode;
  /** Error message; when set, the control gets `aria-invalid="true"` and points to it. */
  error?: ReactNode;
  /** Read before the error by screen readers only, e.g. "Erreur :". */
  errorPrefix?: string;
  /** When a form marks optional fields rather than required ones, e.g. "(facultatif)". */
  optionalLabel?: string;
  /** Extra ids for `aria-describedby`, after the hint and the error. */
  describedBy?: string;
  className?: string;
}

/** Like `Omit`, but keeps each member of a union apart (so `RequiredMarking` stays enforced). */
export type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** Ids of the hint and error elements of the field whose control has `id`. */
export function fieldIds(id: string): { hint: string; error: string } {
  return { hint: `${id}-hint`, error: `${id}-error` };
}

/** True when a node would render something visible (not null, undefined, false or ''). */
export function hasContent(node: ReactNode): boolean {
  return node !== null && node !== undefined && node !== false && node !== '';
}

interface LabelMarkerProps {
  required?: boolean | undefined;
  requiredLabel?: string | undefined;
  optionalLabel?: string | undefined;
}

/** The words after a label that say whether the field is required or optional. */
export function LabelMarker({ required, requiredLabel, optionalLabel }: LabelMarkerProps) {
  const text = required ? requiredLabel : optionalLabel;
  if (!text) return null;
  return (
    <>
      {' '}
      <span className="rf-label__marker">{text}</span>
    </>
  );
}

export function FieldHint({ id, children }: { id: string; children: ReactNode }) {
  return (
    <div id={id} className="rf-hint">
      {children}
    </div>
  );
}

export function FieldError({
  id,
  prefix,
  children,
}: {
  id: string;
  prefix?: string | undefined;
  children: ReactNode;
}) {
  return (
    <p id={id} className="rf-error-message">
      {prefix ? <span className="visually-hidden">{prefix} </span> : null}
      {children}
    </p>
  );
}

/** What a single control needs from its frame to be tied to its label, hint and error. */
export interface ControlA11y {
  id: string;
  'aria-describedby': string | undefined;
  'aria-invalid': true | undefined;
  invalid: boolean;
}

type FieldFrameProps = Pick<
  FieldCommonProps,
  'label' | 'hint' | 'error' | 'errorPrefix' | 'optionalLabel' | 'describedBy' | 'className'
> & {
  controlId: string;
  required?: boolean | undefined;
  requiredLabel?: string | undefined;
  children: (control: ControlA11y) => ReactNode;
};

/**
 * Label, hint and error around one control (text, select, textarea), in that reading order, and the ids
 * that tie them to the control: the one place where a field's accessibility contract is written.
 */
export function FieldFrame({
  controlId,
  label,
  hint,
  error,
  errorPrefix,
  optionalLabel,
  describedBy,
  className,
  required,
  requiredLabel,
  children,
}: FieldFrameProps) {
  const ids = fieldIds(controlId);
  const withHint = hasContent(hint);
  const withError = hasContent(error);
  return (
    <div className={cx('rf-field', withError && 'rf-field--error', className)}>
      <label className="rf-label" htmlFor={controlId}>
        {label}
        <LabelMarker required={required} requiredLabel={requiredLabel} optionalLabel={optionalLabel} />
      </label>
      {withHint ? <FieldHint id={ids.hint}>{hint}</FieldHint> : null}
      {withError ? (
        <FieldError id={ids.error} prefix={errorPrefix}>
          {error}
        </FieldError>
      ) : null}
      {children({
        id: controlId,
        'aria-describedby': joinIds(withHint && ids.hint, withError && ids.error, describedBy),
        'aria-invalid': withError ? true : undefined,
        invalid: withError,
      })}
    </div>
  );
}
