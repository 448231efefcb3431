import { describeError } from '@rf/api';
import { lastMonthOf } from '@rf/domain/reporting/dashboard.schema';
import { PageHeader } from '@rf/ui';
import { useT } from '@rf/web/i18n';
import { requestScope } from '@rf/web/server';
import { data, isRouteErrorResponse } from 'react-router';
import { DashboardView, useMonthLabel } from '../dashboard-view.tsx';
import { franceMetropolePath } from '../france-path.server.ts';
import type { Route } from './+types/tableau.$token';

// The public page of a share link: no sign-in, read-only, kept out of search engines.

const noindex = { 'X-Robots-Tag': 'noindex, nofollow' };

export const meta = ({ loaderData }: Route.MetaArgs) => [
  { title: loaderData ? `${loaderData.dashboard.title} — Réseau Fabriques` : 'Réseau Fabriques' },
  { name: 'robots', content: 'noindex, nofollow' },
];

export const headers = () => noindex;

export async function loader({ request, params }: Route.LoaderArgs) {
  const { api } = await requestScope(request);
  try {
    const dashboard = await api.reporting.dashboardShared({ token: params.token });
    return data({ dashboard, francePath: franceMetropolePath() }, { headers: noindex });
  } catch (error) {
    const { code } = describeError(error);
    throw data(null, {
      status:
        code === 'link_invalid_or_expired'
          ? 410
          : code === 'not_found' || code === 'invalid_input'
            ? 404
            : 500,
      headers: noindex,
    });
  }
}

/** Plain words for a link that expired (410) or never was, or was revoked (404). */
export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  const t = useT();
  const status = isRouteErrorResponse(error) ? error.status : 500;
  const title =
    status === 410
      ? t('dashboards.shared.expired')
      : status === 404
        ? t('dashboards.shared.not_found')
        : t('errors.unexpected');
  return (
    <main id="contenu" className="rf-container">
      <h1>{title}</h1>
      {status === 410 ? <p>{t('dashboards.shared.expired_hint')}</p> : null}
    </main>
  );
}

export default function DashboardShared({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const monthLabel = useMonthLabel();
  const { dashboard, francePath } = loaderData;
  return (
    <div className="rf-container">
      <PageHeader
        title={t('dashboards.heading', {
          scope: dashboard.title,
          from: monthLabel(dashboard.range.from),
          to: monthLabel(`${lastMonthOf(dashboard.range)}-01`),
        })}
        lead={t('dashboards.shared.lead')}
      />
      <DashboardView dashboard={dashboard} francePath={francePath} />
    </div>
  );
}
