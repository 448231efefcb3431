import type { DistributiveOmit } from './FieldParts.tsx';
import { TextField, type TextFieldProps } from './TextField.tsx';

export type PasswordFieldProps = DistributiveOmit<TextFieldProps, 'type' | 'inputMode' | 'autoComplete'> & {
  /** `current-password` to sign in, `new-password` to choose one (lets password managers help). */
  autoComplete: 'current-password' | 'new-password';
};

/**
 * A password input. There is no "show password" toggle: it would need JavaScript; the hint can give the
 * rules instead (length, etc.).
 */
export function PasswordField(props: PasswordFieldProps) {
  return <TextField spellCheck={false} autoCapitalize="none" {...props} type="password" />;
}
