import type { InputHTMLAttributes } from 'react';
import { cx, joinIds } from '../lib/cx.ts';
import {
  type FieldCommonProps,
  FieldError,
  FieldHint,
  fieldIds,
  hasContent,
  LabelMarker,
  type RequiredMarking,
} from './FieldParts.tsx';

type NativeCheckboxProps = Omit<
  InputHTMLAttributes<HTMLInputElement>,
  | 'id'
  | 'name'
  | 'type'
  | 'required'
  | 'className'
  | 'children'
  | 'checked'
  | 'defaultChecked'
  | 'value'
  | 'aria-invalid'
  | 'aria-describedby'
>;

export type CheckboxFieldProps = FieldCommonProps &
  RequiredMarking &
  NativeCheckboxProps & {
    /** Sent when checked; defaults to `on` like the browser does. */
    value?: string;
    defaultChecked?: boolean;
  };

/**
 * One checkbox with its label on the right (e.g. a consent). The label and the area around the box are
 * clickable, so the target is at least 44 × 44 px. For several choices use `CheckboxGroup`.
 */
export function CheckboxField({
  id,
  name,
  label,
  hint,
  error,
  errorPrefix,
  optionalLabel,
  describedBy,
  className,
  required,
  requiredLabel,
  ...rest
}: CheckboxFieldProps) {
  const controlId = id ?? name;
  const ids = fieldIds(controlId);
  const withHint = hasContent(hint);
  const withError = hasContent(error);
  return (
    <div className={cx('rf-field', withError && 'rf-field--error', className)}>
      {withError ? (
        <FieldError id={ids.error} prefix={errorPrefix}>
          {error}
        </FieldError>
      ) : null}
      <div className="rf-choice rf-choice--checkbox">
        <input
          {...rest}
          className="rf-choice__input"
          id={controlId}
          name={name}
          type="checkbox"
          required={required || undefined}
          aria-describedby={joinIds(withHint && ids.hint, withError && ids.error, describedBy)}
          aria-invalid={withError ? true : undefined}
        />
        <label className="rf-choice__label" htmlFor={controlId}>
          {label}
          <LabelMarker required={required} requiredLabel={requiredLabel} optionalLabel={optionalLabel} />
        </label>
        {withHint ? <FieldHint id={ids.hint}>{hint}</FieldHint> : null}
      </div>
    </div>
  );
}
