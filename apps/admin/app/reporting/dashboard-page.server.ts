import { describeError } from '@rf/api';
import type { DashboardScope } from '@rf/domain/reporting/dashboard';
import {
  dashboardQueryString,
  parseDashboardQuery,
  type ShareLinkDays,
} from '@rf/domain/reporting/dashboard.schema';
import { formIntent, refusedForm } from '@rf/web/forms';
import { metaOf } from '@rf/web/page-meta';
import { requestScope, requireViewer } from '@rf/web/server';
import { data, redirect } from 'react-router';

/**
 * The dashboard page's data: the scope and period of the address (a manager without one lands on their
 * first place), the dashboard, the picker's options and the outline of the map.
 */
export async function loadDashboardPage(request: Request) {
  await requireViewer(request);
  const { api, headers, t } = await requestScope(request);
  const url = new URL(request.url);
  const options = await api.reporting.dashboardOptions();
  if (options.kinds.length === 0) throw data(null, { status: 403, headers });
  const query = parseDashboardQuery(url.searchParams, new Date());
  let scope: DashboardScope = query.scope;
  const firstPlace = options.places[0]?.value;
  if (!options.kinds.includes(scope.kind) && firstPlace) scope = { kind: 'place', placeId: firstPlace };
  // Not found → 404, forbidden → 403, an outage → 503 (the route's withPageErrors); a scope or period
  // the procedure refuses is a bad address (400).
  const dto = await api.reporting.dashboardGet({ scope, range: query.range }).catch(badAddress);
  return data(
    {
      options,
      scope,
      range: query.range,
      errors: query.errors,
      dto,
      revoked: url.searchParams.has('revoque'),
      meta: metaOf(t, { title: 'dashboards.meta_title' }),
    },
    { headers },
  );
}

/** A dashboard address the procedure refuses (`invalid_input`) is a 400; every other error goes on. */
export function badAddress(error: unknown): never {
  if (describeError(error).code === 'invalid_input') throw data(null, { status: 400 });
  throw error;
}

/** The share button (a new public link, shown once) and the revoke buttons. */
export async function dashboardPageAction(request: Request) {
  const formData = await request.formData();
  const url = new URL(request.url);
  const { api, headers } = await requestScope(request);
  const { scope, range } = parseDashboardQuery(url.searchParams, new Date());
  try {
    if (formIntent(formData, ['revoke']) === 'revoke') {
      await api.reporting.dashboardShareRevoke({ id: String(formData.get('id') ?? '') });
      return redirect(`/tableaux-de-bord?${dashboardQueryString(scope, range)}&revoque=1`, { headers });
    }
    // The select's value; the procedure's schema refuses a duration it does not offer.
    const days = formData.get('days') ? (Number(formData.get('days')) as ShareLinkDays) : undefined;
    const { token } = await api.reporting.dashboardShareCreate({ scope, range, days });
    return data(
      { ok: true as const, shareUrl: `${url.origin}/tableau/${token}`, formError: null },
      { headers },
    );
  } catch (error) {
    return refusedForm(error, formData, headers, { shareUrl: null });
  }
}
