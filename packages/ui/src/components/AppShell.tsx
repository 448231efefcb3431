import type { ReactNode } from 'react';
import { MAIN_CONTENT_ID, SkipLink } from './SkipLink.tsx';

export interface AppShellProps {
  /** Translated text of the skip link, e.g. "Aller au contenu". */
  skipLinkLabel: string;
  /** Name of the service, usually a link to the home page. */
  brand: ReactNode;
  /** Main navigation, usually `<NavLinks>`. */
  nav?: ReactNode;
  /** Account area: sign-in link, or the signed-in person and a sign-out form. */
  account?: ReactNode;
  /** Language switch: links or a small form; each language name carries its own `lang`. */
  languageSwitch?: ReactNode;
  footer?: ReactNode;
  children: ReactNode;
}

/**
 * Page frame: skip link, header (brand, tools, navigation), `<main id="contenu">` and footer.
 * `<html lang>`, `<title>` and `<body>` stay in the app's root route.
 */
export function AppShell({
  skipLinkLabel,
  brand,
  nav,
  account,
  languageSwitch,
  footer,
  children,
}: AppShellProps) {
  const hasTools = Boolean(account) || Boolean(languageSwitch);
  return (
    <div className="rf-shell">
      <SkipLink>{skipLinkLabel}</SkipLink>
      <header className="rf-header">
        <div className="rf-container rf-header__top">
          <div className="rf-header__brand">{brand}</div>
          {hasTools ? (
            <div className="rf-header__tools">
              {languageSwitch ? <div className="rf-header__language">{languageSwitch}</div> : null}
              {account ? <div className="rf-header__account">{account}</div> : null}
            </div>
          ) : null}
        </div>
        {nav ? (
          <div className="rf-header__nav">
            <div className="rf-container">{nav}</div>
          </div>
        ) : null}
      </header>
      <main id={MAIN_CONTENT_ID} tabIndex={-1} className="rf-main">
        <div className="rf-container">{children}</div>
      </main>
      {footer ? (
        <footer className="rf-footer">
          <div className="rf-container">{footer}</div>
        </footer>
      ) : null}
    </div>
  );
}
