import { ChoiceGroup, type ChoiceGroupCommonProps } from './ChoiceGroup.tsx';

export type RadioGroupProps = ChoiceGroupCommonProps & {
  /** Value of the option checked when the page loads. */
  defaultValue?: string;
};

/** One choice among several, as native radio buttons in a `<fieldset>`. */
export function RadioGroup({ defaultValue, ...props }: RadioGroupProps) {
  return <ChoiceGroup {...props} type="radio" isChecked={(value) => value === defaultValue} />;
}
