import { describeError } from '@rf/api';
import type { DashboardScope } from '@rf/domain/reporting/dashboard';
import {
  dashboardQueryString,
  parseDashboardQuery,
  type ShareLinkDays,
} from '@rf/domain/reporting/dashboard.schema';
import { signInPath } from '@rf/web/safe-redirect';
import { requestScope } from '@rf/web/server';
import { data, redirect } from 'react-router';
import { franceMetropolePath } from './france-path.server.ts';

/**
 * The dashboard page's data: the scope and period of the address (a manager without one lands on their
 * first place), the dashboard, the picker's options and the outline of the map.
 */
export async function loadDashboardPage(request: Request) {
  const { api } = await requestScope(request);
  const viewer = await api.identity.me();
  const url = new URL(request.url);
  if (!viewer) throw redirect(signInPath(url.pathname + url.search));
  const options = await api.reporting.dashboardOptions();
  if (options.kinds.length === 0) throw data(null, { status: 403 });
  const query = parseDashboardQuery(url.searchParams, new Date());
  let scope: DashboardScope = query.scope;
  const firstPlace = options.places[0]?.value;
  if (!options.kinds.includes(scope.kind) && firstPlace) scope = { kind: 'place', placeId: firstPlace };
  try {
    const dto = await api.reporting.dashboardGet({ scope, range: query.range });
    return {
      options,
      scope,
      range: query.range,
      errors: query.errors,
      dto,
      francePath: franceMetropolePath(),
      revoked: url.searchParams.has('revoque'),
    };
  } catch (error) {
    const { code } = describeError(error);
    throw data(null, { status: code === 'not_found' ? 404 : code === 'forbidden' ? 403 : 400 });
  }
}

/** The share button (a new public link, shown once) and the revoke buttons. */
export async function dashboardPageAction(request: Request) {
  const formData = await request.formData();
  const url = new URL(request.url);
  const { api, headers } = await requestScope(request);
  const { scope, range } = parseDashboardQuery(url.searchParams, new Date());
  try {
    if (formData.get('intent') === 'revoke') {
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
    return data(
      { ok: false as const, shareUrl: null, formError: `errors.${describeError(error).code}` },
      { status: 400, headers },
    );
  }
}
