import type { InputHTMLAttributes } from 'react';
import { cx } from '../lib/cx.ts';
import { type FieldCommonProps, FieldFrame, type RequiredMarking } from './FieldParts.tsx';

export type TextFieldType =
  | 'text'
  | 'email'
  | 'tel'
  | 'url'
  | 'search'
  | 'password'
  | 'number'
  | 'date'
  | 'time'
  | 'datetime-local'
  /** A file to upload (with `accept`); the form posts as `multipart/form-data`. */
  | 'file';

/** Visible width of the input, to hint the expected length: xs ≈ 5 characters, s ≈ 10, m ≈ 20, l ≈ 30. */
export type FieldWidth = 'xs' | 's' | 'm' | 'l' | 'full';

type NativeInputProps = Omit<
  InputHTMLAttributes<HTMLInputElement>,
  | 'id'
  | 'name'
  | 'type'
  | 'required'
  | 'className'
  | 'children'
  | 'value'
  | 'defaultValue'
  | 'width'
  | 'aria-invalid'
  | 'aria-describedby'
>;

export type TextFieldProps = FieldCommonProps &
  RequiredMarking &
  NativeInputProps & {
    /**
     * Defaults to `text`. For numbers that are not quantities (postcode, SIRET, code), prefer `text` with
     * `inputMode="numeric"` over `number`.
     */
    type?: TextFieldType;
    defaultValue?: string | number;
    width?: FieldWidth;
  };

/** Label always visible above the input, then the hint, then the error, then the input. */
export function TextField({
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
  type = 'text',
  width = 'full',
  ...rest
}: TextFieldProps) {
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
        <input
          {...rest}
          className={cx('rf-input', width !== 'full' && `rf-input--${width}`, invalid && 'rf-input--error')}
          {...a11y}
          name={name}
          type={type}
          required={required || undefined}
        />
      )}
    </FieldFrame>
  );
}
