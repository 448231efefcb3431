import { AppShell, NavLinks, SkipLink } from '@rf/ui';
import { AccountArea, LanguageSwitch } from '@rf/web/chrome';
import { Document, ErrorPage } from '@rf/web/document';
import { useT } from '@rf/web/i18n';
import '@rf/ui/styles.css';
import { Outlet, useLocation, useRouteLoaderData } from 'react-router';
import type { Route } from './+types/root';
import { rootData } from './root.server';

export const loader = ({ request }: Route.LoaderArgs) => rootData(request);

export function Layout({ children }: { children: React.ReactNode }) {
  const data = useRouteLoaderData<typeof loader>('root');
  return <Document locale={data?.locale ?? 'fr'}>{children}</Document>;
}

export default function App({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const { pathname } = useLocation();
  const { viewer } = loaderData;
  return (
    <>
      <SkipLink href="#contenu">{t('nav.skip_to_content')}</SkipLink>
      <AppShell
        brand={{ href: '/', label: t('site.brand') }}
        nav={
          <NavLinks
            label={t('nav.main')}
            currentPath={pathname}
            links={[
              { href: '/', label: t('nav.home') },
              ...(viewer ? [{ href: '/espace', label: t('nav.my_space') }] : []),
            ]}
          />
        }
        account={<AccountArea name={viewer ? (viewer.displayName ?? viewer.email) : null} />}
        languageSwitch={<LanguageSwitch />}
        footer={<p>{t('site.footer')}</p>}
      >
        <Outlet />
      </AppShell>
    </>
  );
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  return <ErrorPage error={error} homeHref="/" />;
}
