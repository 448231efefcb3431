import { describeError } from '@rf/api';
import { ButtonLink, PageHeader } from '@rf/ui';
import { useT } from '@rf/web/i18n';
import { requestScope } from '@rf/web/server';
import { data, redirect } from 'react-router';
import { ManagerHome } from '../manager-home.tsx';
import { NetworkAdminHome } from '../network-admin-home.tsx';
import { ObserverHome } from '../observer-home.tsx';
import type { Route } from './+types/index';

export async function loader({ request }: Route.LoaderArgs) {
  const { api, headers, t } = await requestScope(request);
  try {
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
      { kind: 'home' as const, home, moderation, title: t('admin.meta_title', { page }) },
      { headers },
    );
  } catch (error) {
    const { code } = describeError(error);
    if (code === 'unauthenticated') throw redirect('/connexion', { headers });
    if (code !== 'forbidden') throw error;
    // Residents and members have no console: say so kindly and send them to their space on the site.
    const viewer = await api.identity.me();
    return data(
      {
        kind: 'forbidden' as const,
        spaceUrl: viewer?.homeUrl ?? '/',
        title: t('admin.meta_title', { page: t('admin.forbidden.title') }),
      },
      { status: 403, headers },
    );
  }
}

export const meta = ({ loaderData }: Route.MetaArgs) => (loaderData ? [{ title: loaderData.title }] : []);

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
