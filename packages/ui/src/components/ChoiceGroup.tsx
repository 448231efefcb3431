import type { ReactNode } from 'react';
import { cx, joinIds } from '../lib/cx.ts';
import {
  FieldError,
  FieldHint,
  fieldIds,
  hasContent,
  LabelMarker,
  type RequiredMarking,
} from './FieldParts.tsx';

export interface ChoiceOption {
  value: string;
  label: ReactNode;
  hint?: ReactNode;
  disabled?: boolean;
}

/** Props shared by `RadioGroup` and `CheckboxGroup`: a `<fieldset>` whose `<legend>` asks the question. */
export type ChoiceGroupCommonProps = RequiredMarking & {
  /**
   * Id of the first input (the others get `${id}-2`, `${id}-3`…); defaults to `name`.
   * `FormErrorSummary` links to `#id`, which lands on the first choice.
   */
  id?: string;
  name: string;
  /** The question, e.g. "Quel créneau vous convient ?". */
  legend: ReactNode;
  options: readonly ChoiceOption[];
  hint?: ReactNode;
  error?: ReactNode;
  errorPrefix?: string;
  optionalLabel?: string;
  describedBy?: string;
  /** Choices side by side (short labels only, such as "Oui" / "Non"). */
  inline?: boolean;
  className?: string;
};

/** Id of the input for the option at `index`: the first one carries the group's id. */
export function choiceId(groupId: string, index: number): string {
  return index === 0 ? groupId : `${groupId}-${index + 1}`;
}

type ChoiceGroupProps = ChoiceGroupCommonProps & {
  type: 'radio' | 'checkbox';
  isChecked: (value: string) => boolean;
};

/** Shared markup of `RadioGroup` and `CheckboxGroup`. */
export function ChoiceGroup({
  type,
  isChecked,
  id,
  name,
  legend,
  options,
  hint,
  error,
  errorPrefix,
  optionalLabel,
  describedBy,
  inline,
  className,
  required,
  requiredLabel,
}: ChoiceGroupProps) {
  const groupId = id ?? name;
  const ids = fieldIds(groupId);
  const withHint = hasContent(hint);
  const withError = hasContent(error);
  // A required radio group is enforced by the browser; on checkboxes `required` would demand every box.
  const nativeRequired = type === 'radio' && required ? true : undefined;
  return (
    <div className={cx('rf-field', withError && 'rf-field--error', className)}>
      <fieldset
        className="rf-fieldset"
        aria-describedby={joinIds(withHint && ids.hint, withError && ids.error, describedBy)}
      >
        <legend className="rf-legend">
          {legend}
          <LabelMarker required={required} requiredLabel={requiredLabel} optionalLabel={optionalLabel} />
        </legend>
        {withHint ? <FieldHint id={ids.hint}>{hint}</FieldHint> : null}
        {withError ? (
          <FieldError id={ids.error} prefix={errorPrefix}>
            {error}
          </FieldError>
        ) : null}
        <div className={cx('rf-choices', inline && 'rf-choices--inline')}>
          {options.map((option, index) => {
            const inputId = choiceId(groupId, index);
            const optionHintId = `${inputId}-hint`;
            const withOptionHint = hasContent(option.hint);
            return (
              <div key={option.value} className={`rf-choice rf-choice--${type}`}>
                <input
                  className="rf-choice__input"
                  id={inputId}
                  name={name}
                  type={type}
                  value={option.value}
                  defaultChecked={isChecked(option.value)}
                  disabled={option.disabled}
                  required={nativeRequired}
                  aria-describedby={withOptionHint ? optionHintId : undefined}
                  aria-invalid={withError ? true : undefined}
                />
                <label className="rf-choice__label" htmlFor={inputId}>
                  {option.label}
                </label>
                {withOptionHint ? <FieldHint id={optionHintId}>{option.hint}</FieldHint> : null}
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
