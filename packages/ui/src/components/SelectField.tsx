import type { SelectHTMLAttributes } from 'react';
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
      <select
        {...rest}
        className={cx('rf-select', withError && 'rf-input--error')}
        id={controlId}
        name={name}
        required={required || undefined}
        defaultValue={defaultValue ?? (placeholder !== undefined ? '' : undefined)}
        aria-describedby={joinIds(withHint && ids.hint, withError && ids.error, describedBy)}
        aria-invalid={withError ? true : undefined}
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value} disabled={option.disabled}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
