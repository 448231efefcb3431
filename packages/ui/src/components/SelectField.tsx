import type { SelectHTMLAttributes } from 'react';
import { cx } from '../lib/cx.ts';
import { type FieldCommonProps, FieldFrame, type RequiredMarking } from './FieldParts.tsx';

export interface SelectOption {
  value: string;
  /** Plain text: an `<option>` cannot hold markup. */
  label: string;
  disabled?: boolean;
}

type NativeSelectProps = Omit<
  SelectHTMLAttributes<HTMLSelectElement>,
  | 'id'
  | 'name'
  | 'required'
  | 'className'
  | 'children'
  | 'value'
  | 'defaultValue'
  | 'multiple'
  | 'aria-invalid'
  | 'aria-describedby'
>;

export type SelectFieldProps = FieldCommonProps &
  RequiredMarking &
  NativeSelectProps & {
    options: readonly SelectOption[];
    /** Text of a first option with an empty value, e.g. "Choisir un lieu". */
    placeholder?: string;
    defaultValue?: string;
  };

/** A native `<select>`: it works with every assistive technology and on old phones. */
export function SelectField({
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
  options,
  placeholder,
  defaultValue,
  ...rest
}: SelectFieldProps) {
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
        <select
          {...rest}
          className={cx('rf-select', invalid && 'rf-input--error')}
          {...a11y}
          name={name}
          required={required || undefined}
          defaultValue={defaultValue ?? (placeholder !== undefined ? '' : undefined)}
        >
          {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
          {options.map((option) => (
            <option key={option.value} value={option.value} disabled={option.disabled}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FieldFrame>
  );
}
