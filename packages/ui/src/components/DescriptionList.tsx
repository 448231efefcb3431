import type { ReactNode } from 'react';
import { cx } from '../lib/cx.ts';

export interface DescriptionItem {
  term: ReactNode;
  description: ReactNode;
  /** Needed when `term` is not a string. */
  key?: string;
}

export interface DescriptionListProps {
  items: readonly DescriptionItem[];
  /** `columns`: term and description side by side on wide screens (stacked on narrow ones). */
  layout?: 'stacked' | 'columns';
  className?: string;
}

/** Pairs of a term and its value (a place's address, opening hours…), as a `<dl>`. */
export function DescriptionList({ items, layout = 'stacked', className }: DescriptionListProps) {
  return (
    <dl className={cx('rf-dl', layout === 'columns' && 'rf-dl--columns', className)}>
      {items.map((item, index) => (
        <div key={item.key ?? (typeof item.term === 'string' ? item.term : index)} className="rf-dl__row">
          <dt className="rf-dl__term">{item.term}</dt>
          <dd className="rf-dl__description">{item.description}</dd>
        </div>
      ))}
    </dl>
  );
}
