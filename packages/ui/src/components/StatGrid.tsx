import type { ReactNode } from 'react';
import { cx } from '../lib/cx.ts';

export interface StatGridProps {
  /** `<Stat>` elements. */
  children: ReactNode;
  className?: string;
}

/** A `<dl>` of key figures laid out as tiles that wrap on narrow screens. */
export function StatGrid({ children, className }: StatGridProps) {
  return <dl className={cx('rf-stat-grid', className)}>{children}</dl>;
}
