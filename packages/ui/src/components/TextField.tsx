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
  | 'datetime-local';

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
      <input
        {...rest}
        className={cx('rf-input', width !== 'full' && `rf-input--${width}`, withError && 'rf-input--error')}
        id={controlId}
        name={name}
        type={type}
        required={required || undefined}
        aria-describedby={joinIds(withHint && ids.hint, withError && ids.error, describedBy)}
        aria-invalid={withError ? true : undefined}
      />
    </div>
  );
}
