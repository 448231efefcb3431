import { awaitingTotal, currentLink, type NavGroup } from '@rf/domain/console/navigation';
import { catalogueOf, type MessageKey } from '@rf/i18n';
import { AppShell, GroupedNav } from '@rf/ui';
import { AccountArea, LanguageSwitch } from '@rf/web/chrome';
import { Document, ErrorPage } from '@rf/web/document';
import { useFormat } from '@rf/web/format';
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
  const { viewer, nav } = loaderData;
  return (
    <AppShell
      skipLinkLabel={t('nav.skip_to_content')}
      brand={<a href="/">{t('admin.brand')}</a>}
      nav={nav.length > 0 ? <ConsoleNav groups={nav} /> : undefined}
      account={<AccountArea name={viewer ? (viewer.displayName ?? viewer.email) : null} />}
      languageSwitch={<LanguageSwitch />}
      footer={<p>{t('admin.footer')}</p>}
    >
      <Outlet />
    </AppShell>
  );
}

/** The navigation by task (issue 16): groups, the current page, and what waits as badges. */
function ConsoleNav({ groups }: { groups: readonly NavGroup[] }) {
  const t = useT();
  const format = useFormat();
  const { pathname } = useLocation();
  const current = currentLink(groups, pathname);
  const badge = (count: number, keys: { one: MessageKey; other: MessageKey }, tone: 'warning' | 'info') => ({
    count,
    text: t(format.plural(count, keys), { count: format.number(count) }),
    tone,
  });
  const total = awaitingTotal(groups);
  return (
    <GroupedNav
      // Closed again on each page (client-side navigation keeps the layout).
      key={pathname}
      label={t('nav.main')}
      menuLabel={t('console_nav.menu')}
      menuBadge={
        total > 0
          ? badge(
              total,
              { one: 'console_nav.awaiting_total.one', other: 'console_nav.awaiting_total.other' },
              'warning',
            )
          : undefined
      }
      groups={groups.map((group) => ({
        id: group.id,
        heading: t(group.labelKey),
        items: group.items.map((item) => ({
          href: item.href,
          label: t(item.labelKey, item.labelParams),
          current: current?.href === item.href ? (current.kind === 'page' ? 'page' : 'true') : undefined,
          badges: item.badges.map((b) =>
            badge(b.count, b.labelKeys, b.kind === 'awaiting' ? 'warning' : 'info'),
          ),
        })),
      }))}
    />
  );
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  return <ErrorPage error={error} homeHref="/" />;
}
