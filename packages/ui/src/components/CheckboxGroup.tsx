import { ChoiceGroup, type ChoiceGroupCommonProps } from './ChoiceGroup.tsx';

export type CheckboxGroupProps = ChoiceGroupCommonProps & {
  /** Values of the options checked when the page loads. */
  defaultValue?: readonly string[];
};

/** Several choices, as native checkboxes sharing one `name` in a `<fieldset>`. */
export function CheckboxGroup({ defaultValue = [], ...props }: CheckboxGroupProps) {
  return <ChoiceGroup {...props} type="checkbox" isChecked={(value) => defaultValue.includes(value)} />;
}
