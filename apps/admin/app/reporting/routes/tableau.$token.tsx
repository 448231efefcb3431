import { describeError } from '@rf/api';
import { lastMonthOf } from '@rf/domain/reporting/dashboard.schema';
import { PageHeader } from '@rf/ui';
import { useT } from '@rf/web/i18n';
import { metaOf, pageMeta } from '@rf/web/page-meta';
import { requestScope, withPageErrors } from '@rf/web/server';
import { data, isRouteErrorResponse } from 'react-router';
import { DashboardView, useMonthLabel } from '../dashboard-view.tsx';
import type { Route } from './+types/tableau.$token';

// The public page of a share link: no sign-in, read-only, kept out of search engines.

const noindex = { 'X-Robots-Tag': 'noindex, nofollow' };

export const meta = (args: Route.MetaArgs) => [
  ...pageMeta(args),
  { name: 'robots', content: 'noindex, nofollow' },
];

export const headers = () => noindex;

/** An expired link is gone (410); one that never was, or was revoked, is not found (404); others go on. */
function linkRefused(error: unknown): never {
  const { code } = describeError(error);
  if (code === 'link_invalid_or_expired') throw data(null, { status: 410, headers: noindex });
  if (code === 'not_found' || code === 'invalid_input') throw data(null, { status: 404, headers: noindex });
  throw error;
}

export const loader = withPageErrors(async ({ request, params }: Route.LoaderArgs) => {
  const { api, t } = await requestScope(request);
  const dashboard = await api.reporting.dashboardShared({ token: params.token }).catch(linkRefused);
  return data(
    {
      dashboard,
      meta: metaOf(t, { title: ['dashboards.shared.page_title', { title: dashboard.title }] }),
    },
    { headers: noindex },
  );
});

/** Plain words for a link that expired (410) or never was, or was revoked (404). */
export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  const t = useT();
  const status = isRouteErrorResponse(error) ? error.status : 500;
  const title =
    status === 410
      ? t('dashboards.shared.expired')
      : status === 404
        ? t('dashboards.shared.not_found')
        : status === 503
          ? t('errors.service_unavailable')
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
  const { dashboard } = loaderData;
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
      <DashboardView dashboard={dashboard} />
    </div>
  );
}
