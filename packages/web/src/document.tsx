import type { Locale } from '@rf/i18n';
import type { ReactNode } from 'react';
import { Links, Meta, Scripts, ScrollRestoration } from 'react-router';
import { errorMessageKey, errorStatus } from './error-message.ts';
import { I18nProvider, useT } from './i18n.tsx';
import { useNonce } from './nonce.tsx';

/** The HTML document both apps render: language, viewport, and scripts carrying the CSP nonce. */
export function Document({ locale, children }: { locale: Locale; children: ReactNode }) {
  const nonce = useNonce();
  return (
    <html lang={locale}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
      </head>
      <body>
        <I18nProvider locale={locale}>{children}</I18nProvider>
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

/** What a person sees when a page fails: plain words and a way home, never a stack trace. */
export function ErrorPage({ error, homeHref }: { error: unknown; homeHref: string }) {
  const t = useT();
  const title = t(errorMessageKey(errorStatus(error)));
  return (
    <main id="contenu" className="rf-container">
      <h1>{title}</h1>
      <p>
        <a href={homeHref}>{t('nav.back_home')}</a>
      </p>
    </main>
  );
}
