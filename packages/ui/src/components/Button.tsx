import type { ButtonHTMLAttributes, ReactNode } from 'react';
import { cx } from '../lib/cx.ts';

export type ButtonVariant = 'primary' | 'secondary' | 'danger';

export interface ButtonProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'type'> {
  variant?: ButtonVariant;
  /** Defaults to `submit`: buttons mostly post forms to route actions. */
  type?: 'submit' | 'button' | 'reset';
  /** Full width of its container. */
  block?: boolean;
  children: ReactNode;
}

export function buttonClassName(variant: ButtonVariant, block?: boolean, className?: string): string {
  return cx('rf-button', `rf-button--${variant}`, block && 'rf-button--block', className);
}

/**
 * A real `<button>`. To tell several submit buttons of one form apart, give them `name` and `value`
 * (e.g. `name="intent" value="cancel"`): the value reaches the action without JavaScript.
 */
export function Button({
  variant = 'primary',
  type = 'submit',
  block,
  className,
  children,
  ...rest
}: ButtonProps) {
  return (
    <button type={type} className={buttonClassName(variant, block, className)} {...rest}>
      {children}
    </button>
  );
}
