import type { ReactNode } from 'react';
import { cx } from '../lib/cx.ts';

export type BadgeTone = 'neutral' | 'info' | 'success' | 'warning' | 'error';

export interface BadgeProps {
  /** The words carry the meaning ("Complet", "Validé"); the tone only supports them. */
  children: ReactNode;
  tone?: BadgeTone;
  className?: string;
}

export function Badge({ children, tone = 'neutral', className }: BadgeProps) {
  return <span className={cx('rf-badge', `rf-badge--${tone}`, className)}>{children}</span>;
}
