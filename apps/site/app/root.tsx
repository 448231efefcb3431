import type { I18nHandle } from '@rf/i18n/core';
import { AppShell, NavLinks } from '@rf/ui';
import uiStyles from '@rf/ui/styles.css?inline';
import { AccountArea, LanguageSwitch } from '@rf/web/chrome';
import { Document, ErrorPage } from '@rf/web/document';
import { useT } from '@rf/web/i18n';
import { Outlet, type ShouldRevalidateFunction, useLocation, useRouteLoaderData } from 'react-router';
import type { Route } from './+types/root';
import { rootData, rootMiddleware } from './root.server';

export const middleware: Route.MiddlewareFunction[] = rootMiddleware;
export const loader = ({ request, url }: Route.LoaderArgs) => rootData(request, url);

/**
 * The messages every page shows (the layout, the account area, the error page), plus the links of the main
 * navigation; each route adds its own in its `handle.i18n` (decision 049).
 */
export const handle = {
  i18n: [
    'common',
    'site',
    'errors',
    'directory.nav',
    'catalogue.nav',
    'sharing.nav',
    'sharing.resources.nav',
    'site.footer.privacy',
  ],
} as const satisfies I18nHandle;

/**
 * The root's data carries the page's messages, so it is loaded again whenever the page changes: another
 * route may show other messages.
 */
export const shouldRevalidate: ShouldRevalidateFunction = ({
  currentUrl,
  nextUrl,
  defaultShouldRevalidate,
}) => defaultShouldRevalidate || currentUrl.pathname !== nextUrl.pathname;

/**
 * The stylesheet travels inside the document, not as a `<link>` (decision 066): 3.6 KiB gzip that would
 * otherwise hold the first paint for one more request on a slow mobile network. React hoists this `<style>`
 * into `<head>`. Only the server render writes its text: the browser's bundle leaves it out (the condition
 * is decided at build time), and hydration adopts the element already in the page by its `href`.
 */
const STYLES = import.meta.env.SSR ? uiStyles : '';

export function Layout({ children }: { children: React.ReactNode }) {
  const data = useRouteLoaderData<typeof loader>('root');
  return (
    <Document locale={data?.locale ?? 'fr'} messages={data?.messages}>
      <style href="rf-ui-styles" precedence="rf">
        {STYLES}
      </style>
      {children}
    </Document>
  );
}

export default function App({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const { pathname } = useLocation();
  const { viewer } = loaderData;
  return (
    <AppShell
      skipLinkLabel={t('nav.skip_to_content')}
      brand={<a href="/">{t('site.brand')}</a>}
      nav={
        <NavLinks
          label={t('nav.main')}
          items={[
            { href: '/', label: t('nav.home'), current: pathname === '/' },
            { href: '/lieux', label: t('directory.nav'), current: pathname.startsWith('/lieux') },
            { href: '/ateliers', label: t('catalogue.nav'), current: pathname.startsWith('/ateliers') },
            { href: '/outils', label: t('sharing.nav'), current: pathname.startsWith('/outils') },
            { href: '/ressources', label: t('sharing.resources.nav'), current: pathname === '/ressources' },
            ...(viewer
              ? [{ href: '/espace', label: t('nav.my_space'), current: pathname === '/espace' }]
              : []),
          ]}
        />
      }
      account={<AccountArea name={viewer ? (viewer.displayName ?? viewer.email) : null} />}
      languageSwitch={<LanguageSwitch />}
      footer={
        <>
          <p>{t('site.footer')}</p>
          <p>
            <a href="/donnees">{t('site.footer.open_data')}</a>
          </p>
          <p>
            <a href="/donnees-personnelles">{t('site.footer.privacy')}</a>
          </p>
          <p>
            <a href="/accessibilite">{t('site.footer.accessibility')}</a>
          </p>
        </>
      }
    >
      <Outlet />
    </AppShell>
  );
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  return <ErrorPage error={error} homeHref="/" />;
}
