import type { ReactNode } from 'react';
import { cx } from '../lib/cx.ts';

export interface ButtonGroupProps {
  children: ReactNode;
  className?: string;
}

/** Lays buttons out in a row that wraps on narrow screens. */
export function ButtonGroup({ children, className }: ButtonGroupProps) {
  return <div className={cx('rf-button-group', className)}>{children}</div>;
}
