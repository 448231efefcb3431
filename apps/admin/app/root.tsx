import { catalogueOf } from '@rf/i18n';
import { AppShell, NavLinks } from '@rf/ui';
import { AccountArea, LanguageSwitch } from '@rf/web/chrome';
import { Document, ErrorPage } from '@rf/web/document';
import { useT } from '@rf/web/i18n';
import '@rf/ui/styles.css';
import { Outlet, useLocation, useRouteLoaderData } from 'react-router';
import type { Route } from './+types/root';
import { rootData, rootMiddleware } from './root.server';

export const middleware: Route.MiddlewareFunction[] = rootMiddleware;
export const loader = ({ request }: Route.LoaderArgs) => rootData(request);

export function Layout({ children }: { children: React.ReactNode }) {
  const data = useRouteLoaderData<typeof loader>('root');
  const locale = data?.locale ?? 'fr';
  // The console has no byte budget: its pages get the whole catalogue of their language, bundled as before
  // (decision 049), so none of its routes needs to declare its messages.
  return (
    <Document locale={locale} messages={catalogueOf(locale)}>
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
      brand={<a href="/">{t('admin.brand')}</a>}
      nav={
        <NavLinks
          label={t('nav.main')}
          items={[
            { href: '/', label: t('nav.home'), current: pathname === '/' },
            ...(viewer?.homeRole === 'network_admin' || viewer?.homeRole === 'manager'
              ? [{ href: '/invitations', label: t('invitations.nav'), current: pathname === '/invitations' }]
              : []),
            ...(viewer?.homeRole === 'network_admin' || viewer?.homeRole === 'manager'
              ? [{ href: '/ateliers', label: t('publishing.nav'), current: pathname.startsWith('/ateliers') }]
              : []),
            ...(viewer?.homeRole === 'network_admin'
              ? [
                  {
                    href: '/lieux',
                    label: t('directory_admin.nav.places'),
                    current: pathname === '/lieux' || /^\/lieux\/(?!import)[^/]+$/.test(pathname),
                  },
                  {
                    href: '/lieux/import',
                    label: t('directory_admin.nav.import'),
                    current: pathname === '/lieux/import',
                  },
                  { href: '/personnes', label: t('people.nav'), current: pathname.startsWith('/personnes') },
                ]
              : []),
            ...(viewer?.homeRole === 'manager'
              ? [{ href: '/equipe', label: t('team.nav'), current: pathname === '/equipe' }]
              : []),
            ...(viewer?.homeRole === 'manager'
              ? [
                  {
                    href: '/rendez-vous',
                    label: t('appointments.nav'),
                    current: pathname === '/rendez-vous' || pathname.startsWith('/disponibilites'),
                  },
                ]
              : []),
            ...(viewer?.homeRole === 'manager'
              ? [
                  {
                    href: '/outils',
                    label: t('sharing.inventory.nav'),
                    current: pathname.startsWith('/outils'),
                  },
                ]
              : []),
            ...(viewer?.homeRole === 'network_admin' || viewer?.homeRole === 'manager'
              ? [{ href: '/prets', label: t('sharing.loans.nav'), current: pathname === '/prets' }]
              : []),
            ...(viewer?.homeRole === 'manager'
              ? [
                  {
                    href: '/ressources',
                    label: t('sharing.resources.nav'),
                    current: pathname === '/ressources',
                  },
                ]
              : []),
            ...(viewer?.homeRole === 'network_admin' || viewer?.homeRole === 'manager'
              ? [
                  {
                    href: '/activite',
                    label: t('activity_records.nav'),
                    current: pathname.startsWith('/activite'),
                  },
                  {
                    href: '/coordination',
                    label: t('coordination.nav'),
                    current: pathname.startsWith('/coordination'),
                  },
                ]
              : []),
            ...(viewer?.homeRole === 'network_admin' ||
            viewer?.homeRole === 'observer' ||
            viewer?.homeRole === 'manager'
              ? [{ href: '/rapports', label: t('reports.nav'), current: pathname.startsWith('/rapports') }]
              : []),
            ...(viewer?.homeRole === 'network_admin' ||
            viewer?.homeRole === 'observer' ||
            viewer?.homeRole === 'manager'
              ? [
                  {
                    href: '/tableaux-de-bord',
                    label: t('dashboards.nav'),
                    current: pathname === '/tableaux-de-bord',
                  },
                ]
              : []),
            ...(viewer?.homeRole === 'network_admin' || viewer?.homeRole === 'observer'
              ? [
                  {
                    href: '/financements',
                    label: t('programme.nav.funding'),
                    current: pathname.startsWith('/financements'),
                  },
                ]
              : []),
            ...(viewer?.homeRole === 'network_admin'
              ? [
                  {
                    href: '/programme/vagues',
                    label: t('programme.nav.waves'),
                    current: pathname === '/programme/vagues',
                  },
                  {
                    href: '/moderation',
                    label: t('programme.nav.moderation'),
                    current: pathname === '/moderation',
                  },
                  { href: '/journal', label: t('programme.nav.journal'), current: pathname === '/journal' },
                  {
                    href: '/donnees-personnelles',
                    label: t('privacy.settings.nav'),
                    current: pathname === '/donnees-personnelles',
                  },
                ]
              : []),
            ...(viewer?.homeRole === 'network_admin' || viewer?.homeRole === 'manager'
              ? [{ href: '/sms', label: t('sms.usage.nav'), current: pathname === '/sms' }]
              : []),
            ...(viewer?.homeRole === 'network_admin'
              ? [{ href: '/boite-mail', label: t('admin.nav.mailbox'), current: pathname === '/boite-mail' }]
              : []),
          ]}
        />
      }
      account={<AccountArea name={viewer ? (viewer.displayName ?? viewer.email) : null} />}
      languageSwitch={<LanguageSwitch />}
      footer={<p>{t('admin.footer')}</p>}
    >
      <Outlet />
    </AppShell>
  );
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  return <ErrorPage error={error} homeHref="/" />;
}
