export { Alert, type AlertKind, type AlertProps } from './components/Alert.tsx';
export { AppShell, type AppShellProps } from './components/AppShell.tsx';
export { Badge, type BadgeProps, type BadgeTone } from './components/Badge.tsx';
export { Button, type ButtonProps, type ButtonVariant } from './components/Button.tsx';
export { ButtonGroup, type ButtonGroupProps } from './components/ButtonGroup.tsx';
export { ButtonLink, type ButtonLinkProps } from './components/ButtonLink.tsx';
export { Card, type CardProps } from './components/Card.tsx';
export { CheckboxField, type CheckboxFieldProps } from './components/CheckboxField.tsx';
export { CheckboxGroup, type CheckboxGroupProps } from './components/CheckboxGroup.tsx';
export { type ChoiceGroupCommonProps, type ChoiceOption, choiceId } from './components/ChoiceGroup.tsx';
export { DataTable, type DataTableColumn, type DataTableProps } from './components/DataTable.tsx';
export {
  type DescriptionItem,
  DescriptionList,
  type DescriptionListProps,
} from './components/DescriptionList.tsx';
export { EmptyState, type EmptyStateProps } from './components/EmptyState.tsx';
export { type FieldCommonProps, fieldIds, type RequiredMarking } from './components/FieldParts.tsx';
export {
  type FormError,
  FormErrorSummary,
  type FormErrorSummaryProps,
} from './components/FormErrorSummary.tsx';
export {
  GroupedNav,
  type GroupedNavBadge,
  type GroupedNavGroup,
  type GroupedNavItem,
  type GroupedNavProps,
} from './components/GroupedNav.tsx';
export type { HeadingLevel } from './components/Heading.tsx';
export { type LinkComponentProps, LinkProvider, type LinkProviderProps } from './components/Link.tsx';
export { type NavLinkItem, NavLinks, type NavLinksProps } from './components/NavLinks.tsx';
export { PageHeader, type PageHeaderProps } from './components/PageHeader.tsx';
export { PasswordField, type PasswordFieldProps } from './components/PasswordField.tsx';
export { RadioGroup, type RadioGroupProps } from './components/RadioGroup.tsx';
export { SelectField, type SelectFieldProps, type SelectOption } from './components/SelectField.tsx';
export { MAIN_CONTENT_ID, SkipLink, type SkipLinkProps } from './components/SkipLink.tsx';
export { Stat, type StatProps } from './components/Stat.tsx';
export { StatGrid, type StatGridProps } from './components/StatGrid.tsx';
export { TextAreaField, type TextAreaFieldProps } from './components/TextAreaField.tsx';
export {
  type FieldWidth,
  TextField,
  type TextFieldProps,
  type TextFieldType,
} from './components/TextField.tsx';
