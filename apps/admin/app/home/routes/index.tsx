import { usesAdminConsole } from '@rf/domain/identity/roles';
import { ButtonLink, PageHeader } from '@rf/ui';
import { useT } from '@rf/web/i18n';
import { metaOf, pageMeta } from '@rf/web/page-meta';
import { requestScope, requireViewer, withPageErrors } from '@rf/web/server';
import { data } from 'react-router';
import { ManagerHome } from '../manager-home.tsx';
import { NetworkAdminHome } from '../network-admin-home.tsx';
import { ObserverHome } from '../observer-home.tsx';
import type { Route } from './+types/index';

export const loader = withPageErrors(async ({ request }: Route.LoaderArgs) => {
  // Signed out: the plain sign-in page (`/connexion`), which comes back to this home anyway.
  const viewer = await requireViewer(request, { returnTo: '' });
  const { api, headers, t } = await requestScope(request);
  if (!usesAdminConsole(viewer.homeRole)) {
    // Residents and members have no console: say so kindly and send them to their space on the site.
    return data(
      {
        kind: 'forbidden' as const,
        spaceUrl: viewer.homeUrl,
        meta: metaOf(t, { title: ['admin.meta_title', { page: t('admin.forbidden.title') }] }),
      },
      { status: 403, headers },
    );
  }
  const home = await api.home.console();
  // What moderation hid in the manager's places, and why (decision 028).
  const moderation = home.homeRole === 'manager' ? (await api.programme.moderationNotices()).items : [];
  const page =
    home.homeRole === 'manager'
      ? t('admin.home.manager.title')
      : home.homeRole === 'network_admin'
        ? t('admin.home.admin.title')
        : t('admin.home.observer.title');
  return data(
    { kind: 'home' as const, home, moderation, meta: metaOf(t, { title: ['admin.meta_title', { page }] }) },
    { headers },
  );
});

export const meta = pageMeta;

/** The console's home for the role of the one signed in; residents and members are told they have none. */
export default function ConsoleHome({ loaderData }: Route.ComponentProps) {
  if (loaderData.kind === 'forbidden') return <Forbidden spaceUrl={loaderData.spaceUrl} />;
  const { home, moderation } = loaderData;
  switch (home.homeRole) {
    case 'manager':
      return <ManagerHome home={home} moderation={moderation} />;
    case 'network_admin':
      return <NetworkAdminHome home={home} />;
    case 'observer':
      return <ObserverHome home={home} />;
  }
}

function Forbidden({ spaceUrl }: { spaceUrl: string }) {
  const t = useT();
  return (
    <>
      <PageHeader title={t('admin.forbidden.title')} lead={t('admin.forbidden.body')} />
      <ButtonLink href={spaceUrl}>{t('admin.forbidden.link')}</ButtonLink>
    </>
  );
}
