import { PageHeader } from '@rf/ui';
import { useT } from '@rf/web/i18n';
import { requestScope } from '@rf/web/server';
import { redirect } from 'react-router';
import type { Route } from './+types/member-space';

export async function loader({ request }: Route.LoaderArgs) {
  const { api } = await requestScope(request);
  const viewer = await api.identity.me();
  if (!viewer) throw redirect('/connexion');
  return { viewer };
}

export default function MemberSpace({ loaderData }: Route.ComponentProps) {
  const t = useT();
  return (
    <div className="container">
      <PageHeader title={t('space.title')} lead={loaderData.viewer.displayName ?? loaderData.viewer.email} />
    </div>
  );
}
