import type { TextareaHTMLAttributes } from 'react';
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

type NativeTextareaProps = Omit<
  TextareaHTMLAttributes<HTMLTextAreaElement>,
  | 'id'
  | 'name'
  | 'required'
  | 'className'
  | 'children'
  | 'value'
  | 'defaultValue'
  | 'aria-invalid'
  | 'aria-describedby'
>;

export type TextAreaFieldProps = FieldCommonProps &
  RequiredMarking &
  NativeTextareaProps & {
    defaultValue?: string;
  };

export function TextAreaField({
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
  rows = 5,
  ...rest
}: TextAreaFieldProps) {
  const controlId = id ?? name;
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
      <textarea
        {...rest}
        className={cx('rf-textarea', withError && 'rf-input--error')}
        id={controlId}
        name={name}
        rows={rows}
        required={required || undefined}
        aria-describedby={joinIds(withHint && ids.hint, withError && ids.error, describedBy)}
        aria-invalid={withError ? true : undefined}
      />
    </div>
  );
}
