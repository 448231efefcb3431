import type { ReactNode } from 'react';

/** The id of `<main>` in `AppShell`: the skip link's target. */
export const MAIN_CONTENT_ID = 'contenu';

export interface SkipLinkProps {
  /** Translated text, e.g. "Aller au contenu". */
  children: ReactNode;
  /** Defaults to `#contenu`. */
  href?: string;
}

/** First focusable element of the page; hidden until it receives keyboard focus. */
export function SkipLink({ children, href = `#${MAIN_CONTENT_ID}` }: SkipLinkProps) {
  return (
    <a className="rf-skip-link" href={href}>
      {children}
    </a>
  );
}
