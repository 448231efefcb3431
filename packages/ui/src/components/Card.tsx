import type { ReactNode } from 'react';
import { cx } from '../lib/cx.ts';
import { Heading, type HeadingLevel } from './Heading.tsx';
import { useLinkComponent } from './Link.tsx';

export interface CardProps {
  title: ReactNode;
  /** Level of the title in the page outline (usually 2 on a page of cards, 3 under a section heading). */
  headingLevel: HeadingLevel;
  /**
   * Makes the title a link whose click area covers the whole card (one link per card, so a screen reader
   * lists it once, by its title). Actions in `footer` stay clickable on their own.
   */
  href?: string;
  /** Short facts above the body: badges, date, place. */
  meta?: ReactNode;
  children?: ReactNode;
  /** Actions or secondary links. */
  footer?: ReactNode;
  /** `li` when the card is an item of a list (`<ul className="rf-grid">`). Defaults to `div`. */
  as?: 'div' | 'article' | 'section' | 'li';
  className?: string;
}

export function Card({
  title,
  headingLevel,
  href,
  meta,
  children,
  footer,
  as: Tag = 'div',
  className,
}: CardProps) {
  const Link = useLinkComponent();
  return (
    <Tag className={cx('rf-card', href && 'rf-card--link', className)}>
      <Heading level={headingLevel} className="rf-card__title">
        {href ? (
          <Link href={href} className="rf-card__link">
            {title}
          </Link>
        ) : (
          title
        )}
      </Heading>
      {meta ? <div className="rf-card__meta">{meta}</div> : null}
      {children ? <div className="rf-card__body">{children}</div> : null}
      {footer ? <div className="rf-card__footer">{footer}</div> : null}
    </Tag>
  );
}
