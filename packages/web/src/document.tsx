import type { Locale, Messages } from '@rf/i18n/core';
import { errorPageMessages } from '@rf/i18n/error-page';
import type { ReactNode } from 'react';
import { Links, Meta, Scripts, ScrollRestoration } from 'react-router';
import { errorMessageKey, errorStatus } from './error-message.ts';
import { HYDRATE_AFTER_PAINT } from './hydrate-after-paint.ts';
import { I18nProvider, useT } from './i18n.tsx';
import { useNonce } from './nonce.tsx';

/**
 * The HTML document both apps render: language, viewport, and scripts carrying the CSP nonce. `messages` are
 * the page's (the root loader's, decision 049); without them (the root loader failed) the error page's own.
 */
export function Document({
  locale,
  messages,
  children,
}: {
  locale: Locale;
  messages: Messages | undefined;
  children: ReactNode;
}) {
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
        <I18nProvider locale={locale} messages={messages ?? errorPageMessages[locale]}>
          {children}
        </I18nProvider>
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
        {/* A constant of ours: the scripts above, held by the server, start after the first paint (073). */}
        <script nonce={nonce} suppressHydrationWarning>
          {HYDRATE_AFTER_PAINT}
        </script>
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
