import type { ReactNode } from 'react';
import { type ButtonVariant, buttonClassName } from './Button.tsx';
import { useLinkComponent } from './Link.tsx';

export interface ButtonLinkProps {
  href: string;
  variant?: ButtonVariant;
  block?: boolean;
  className?: string;
  children: ReactNode;
}

/** A link that looks like a button: for going somewhere (a GET), never for changing data. */
export function ButtonLink({ href, variant = 'primary', block, className, children }: ButtonLinkProps) {
  const Link = useLinkComponent();
  return (
    <Link href={href} className={buttonClassName(variant, block, className)}>
      {children}
    </Link>
  );
}
