import type { ReactNode } from 'react';
import { cx } from '../lib/cx.ts';
import type { HeadingLevel } from './Heading.tsx';
import { useLinkComponent } from './Link.tsx';

export interface GroupedNavBadge {
  count: number;
  /** The whole sentence, read by screen readers in place of the number: "3 à valider". */
  text: string;
  /** `warning`: something to do; `info`: what the day holds. */
  tone?: 'warning' | 'info';
}

export interface GroupedNavItem {
  href: string;
  label: ReactNode;
  /**
   * `true` or `'page'`: this link is the current page (`aria-current="page"`).
   * `'true'`: the current page belongs to this link's section (`aria-current="true"`).
   */
  current?: boolean | 'page' | 'true';
  badges?: readonly GroupedNavBadge[];
}

export interface GroupedNavGroup {
  /** Unique in the page: it makes the group's heading and badges' ids. */
  id: string;
  heading: ReactNode;
  items: readonly GroupedNavItem[];
}

export interface GroupedNavProps {
  /** Accessible name of the navigation landmark, e.g. "Menu principal". */
  label: string;
  /** What the disclosure reads on a phone, e.g. "Menu". */
  menuLabel: string;
  /** Shown beside the menu's name while it is closed on a phone: what waits in all the groups. */
  menuBadge?: GroupedNavBadge;
  groups: readonly GroupedNavGroup[];
  /** Level of the groups' headings (2 by default: the page's own title is its only h1). */
  headingLevel?: HeadingLevel;
  className?: string;
}

function ariaCurrent(current: GroupedNavItem['current']): 'page' | 'true' | undefined {
  if (current === true || current === 'page') return 'page';
  if (current === 'true') return 'true';
  return undefined;
}

/** A count as a badge: the number on screen, the whole sentence for screen readers. */
function CountBadge({ badge, id }: { badge: GroupedNavBadge; id?: string }) {
  return (
    <span id={id} className={cx('rf-badge', `rf-badge--${badge.tone ?? 'warning'}`, 'rf-grouped-nav__badge')}>
      <span aria-hidden="true">{badge.count}</span>
      <span className="visually-hidden">{badge.text}</span>
    </span>
  );
}

/**
 * The navigation by task: a named `<nav>` of groups, each a heading and its list of links; a link's
 * counts are badges beside it (its accessible description, so the link's name stays its label), the
 * current page is marked with `aria-current`. On a phone (640 px wide or less) the groups fold into a
 * `<details>` "Menu" that opens without JavaScript; wider, the summary is hidden and the groups stand side
 * by side (where `::details-content` is not understood, the "Menu" stays, still working).
 */
export function GroupedNav({
  label,
  menuLabel,
  menuBadge,
  groups,
  headingLevel = 2,
  className,
}: GroupedNavProps) {
  const Link = useLinkComponent();
  const Heading = `h${headingLevel}` as const;
  return (
    <nav className={cx('rf-grouped-nav', className)} aria-label={label}>
      <details className="rf-grouped-nav__details">
        <summary className="rf-grouped-nav__summary">
          {menuLabel}
          {menuBadge && menuBadge.count > 0 ? (
            <>
              {' '}
              <CountBadge badge={menuBadge} />
            </>
          ) : null}
        </summary>
        <div className="rf-grouped-nav__groups">
          {groups.map((group) => {
            const headingId = `nav-${group.id}`;
            return (
              <div key={group.id} className="rf-grouped-nav__group">
                <Heading id={headingId} className="rf-grouped-nav__heading">
                  {group.heading}
                </Heading>
                <ul className="rf-grouped-nav__list" aria-labelledby={headingId}>
                  {group.items.map((item, index) => {
                    const current = ariaCurrent(item.current);
                    const badges = item.badges?.filter((badge) => badge.count > 0) ?? [];
                    const badgeIds = badges.map((_, b) => `nav-${group.id}-${index}-${b}`);
                    return (
                      <li key={item.href} className="rf-grouped-nav__item">
                        <Link
                          href={item.href}
                          className="rf-grouped-nav__link"
                          {...(current ? { 'aria-current': current } : {})}
                          {...(badges.length > 0 ? { 'aria-describedby': badgeIds.join(' ') } : {})}
                        >
                          {item.label}
                        </Link>
                        {badges.map((badge, b) => (
                          <CountBadge key={badgeIds[b]} badge={badge} id={badgeIds[b]} />
                        ))}
                      </li>
                    );
                  })}
                </ul>
              </div>
            );
          })}
        </div>
      </details>
    </nav>
  );
}
