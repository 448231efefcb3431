import type { HTMLAttributes, ReactNode } from 'react';

/** h1 belongs to `PageHeader`; the other headings take the level that fits the page outline. */
export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

export interface HeadingProps extends HTMLAttributes<HTMLHeadingElement> {
  level: HeadingLevel;
  children: ReactNode;
}

export function Heading({ level, children, ...rest }: HeadingProps) {
  const Tag = `h${level}` as const;
  return <Tag {...rest}>{children}</Tag>;
}
