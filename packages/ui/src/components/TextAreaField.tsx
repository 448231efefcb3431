import type { TextareaHTMLAttributes } from 'react';
import { cx } from '../lib/cx.ts';
import { type FieldCommonProps, FieldFrame, type RequiredMarking } from './FieldParts.tsx';

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
  return (
    <FieldFrame
      controlId={id ?? name}
      label={label}
      hint={hint}
      error={error}
      errorPrefix={errorPrefix}
      optionalLabel={optionalLabel}
      describedBy={describedBy}
      className={className}
      required={required}
      requiredLabel={requiredLabel}
    >
      {({ invalid, ...a11y }) => (
        <textarea
          {...rest}
          className={cx('rf-textarea', invalid && 'rf-input--error')}
          {...a11y}
          name={name}
          rows={rows}
          required={required || undefined}
        />
      )}
    </FieldFrame>
  );
}
