import type { ReactNode } from 'react';
import { cx } from '../lib/cx.ts';
import { useLinkComponent } from './Link.tsx';

export interface NavLinkItem {
  href: string;
  label: ReactNode;
  /**
   * `true` or `'page'`: this link is the current page (`aria-current="page"`).
   * `'true'`: the current page belongs to this section (`aria-current="true"`).
   */
  current?: boolean | 'page' | 'true';
}

export interface NavLinksProps {
  /** Accessible name of the navigation landmark, e.g. "Menu principal". */
  label: string;
  items: readonly NavLinkItem[];
  className?: string;
}

function ariaCurrent(current: NavLinkItem['current']): 'page' | 'true' | undefined {
  if (current === true || current === 'page') return 'page';
  if (current === 'true') return 'true';
  return undefined;
}

/** A named `<nav>` holding a list of links; the current one is marked for screen readers and visually. */
export function NavLinks({ label, items, className }: NavLinksProps) {
  const Link = useLinkComponent();
  return (
    <nav className={cx('rf-nav', className)} aria-label={label}>
      <ul className="rf-nav__list">
        {items.map((item) => {
          const current = ariaCurrent(item.current);
          return (
            <li key={item.href} className="rf-nav__item">
              <Link
                href={item.href}
                className="rf-nav__link"
                {...(current ? { 'aria-current': current } : {})}
              >
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
