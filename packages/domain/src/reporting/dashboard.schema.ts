import { z } from 'zod';
import type { Viewer } from '../identity/roles.ts';
import { managedPlaceIds } from '../identity/roles.ts';
import type { DashboardRange, DashboardScope } from './dashboard.ts';

// Which dashboard is asked for, and who may see or share it. The form picks a scope and a period in whole
// months ("from January to March" includes March); the contract's range ends on the first day after.

/** Ten years: longer periods are not a dashboard any more, and would only load the database. */
export const MAX_RANGE_MONTHS = 120;

const uuid = z.uuid('validation.dashboards.scope_invalid');
const code = z.string().regex(/^([0-9]{2,3}|2A|2B)$/, 'validation.dashboards.scope_invalid');

export const dashboardScopeInput = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('network') }),
    z.object({ kind: z.literal('region'), code }),
    z.object({ kind: z.literal('departement'), code }),
    z.object({ kind: z.literal('hub'), fabriqueId: uuid }),
    z.object({ kind: z.literal('place'), placeId: uuid }),
  ],
  'validation.dashboards.scope_invalid',
);

const monthStart = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-01$/, 'validation.dashboards.month_invalid');

function monthsBetween(from: string, to: string): number {
  const [fy, fm] = from.split('-').map(Number) as [number, number];
  const [ty, tm] = to.split('-').map(Number) as [number, number];
  return (ty - fy) * 12 + (tm - fm);
}

export const dashboardRangeInput = z
  .object({ from: monthStart, to: monthStart })
  .superRefine((range, ctx) => {
    if (range.to <= range.from) {
      ctx.addIssue({ code: 'custom', path: ['to'], message: 'validation.dashboards.range_order' });
    } else if (monthsBetween(range.from, range.to) > MAX_RANGE_MONTHS) {
      ctx.addIssue({ code: 'custom', path: ['to'], message: 'validation.dashboards.range_too_long' });
    }
  });

export const dashboardInput = z.object({ scope: dashboardScopeInput, range: dashboardRangeInput });
export type DashboardInput = z.infer<typeof dashboardInput>;

/** How long a share link works, in days (decision 036): chosen at creation, 90 unless said otherwise. */
export const SHARE_LINK_DAYS = [7, 30, 90, 365] as const;
export type ShareLinkDays = (typeof SHARE_LINK_DAYS)[number];
export const DEFAULT_SHARE_LINK_DAYS: ShareLinkDays = 90;

export const shareLinkCreateInput = dashboardInput.extend({
  days: z
    .literal([...SHARE_LINK_DAYS], { error: 'validation.dashboards.share_days_invalid' })
    .default(DEFAULT_SHARE_LINK_DAYS),
});
export type ShareLinkCreateInput = z.infer<typeof shareLinkCreateInput>;

export const shareTokenInput = z.object({
  token: z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'validation.dashboards.token_invalid'),
});
export const revokeShareLinkInput = z.object({ id: z.uuid('validation.invalid') });

/** The first day of the month after `month` (YYYY-MM-01). */
export function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
}

/** The default period: the twelve months up to and including the current one. */
export function defaultDashboardRange(today: Date): DashboardRange {
  const y = today.getUTCFullYear();
  const m = today.getUTCMonth() + 1;
  const to = nextMonth(`${y}-${String(m).padStart(2, '0')}-01`);
  const from = `${y - 1}-${String(m).padStart(2, '0')}-01`;
  return { from: nextMonth(from), to };
}

/**
 * A period typed as months (`YYYY-MM`, the end month included) as a contract range; null when a month is
 * missing or malformed (the form then keeps the default).
 */
export function rangeFromMonths(from: string, to: string): DashboardRange | null {
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(from) || !/^\d{4}-(0[1-9]|1[0-2])$/.test(to)) return null;
  return { from: `${from}-01`, to: nextMonth(`${to}-01`) };
}

/** The last month of a range (`YYYY-MM`), for the form's "to" field. */
export function lastMonthOf(range: DashboardRange): string {
  const [y, m] = range.to.split('-').map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

/**
 * Who may open a dashboard: network admins and observers any scope (observers then see only the months of
 * validated reports, by RLS); a manager their place's, and the hub of a fabrique they manage.
 */
export function canViewDashboard(viewer: Viewer, scope: DashboardScope): boolean {
  if (viewer.networkRole !== null) return true;
  const managed = managedPlaceIds(viewer);
  if (scope.kind === 'place') return managed.includes(scope.placeId);
  if (scope.kind === 'hub') return managed.includes(scope.fabriqueId);
  return false;
}

/**
 * Who reads a scope's raw figures (decision 038): network admins, and the managers of the place or of the
 * hub's fabrique (they wrote the records). Everyone else who may open it — observers — reads the one
 * publication: validated quarters, statistical secrecy applied.
 */
export function seesRawFigures(viewer: Viewer, scope: DashboardScope): boolean {
  if (viewer.networkRole === 'network_admin') return true;
  const managed = managedPlaceIds(viewer);
  if (scope.kind === 'place') return managed.includes(scope.placeId);
  if (scope.kind === 'hub') return managed.includes(scope.fabriqueId);
  return false;
}

/** Who may share a dashboard by a public link: network admins any scope, managers their place or hub. */
export function canShareDashboard(viewer: Viewer, scope: DashboardScope): boolean {
  if (viewer.networkRole === 'network_admin') return true;
  if (viewer.networkRole === 'observer') return false;
  return canViewDashboard(viewer, scope);
}

/** The scope kinds a person may pick in the form. */
export function dashboardScopeKinds(viewer: Viewer): DashboardScope['kind'][] {
  if (viewer.networkRole !== null) return ['network', 'region', 'departement', 'hub', 'place'];
  return managedPlaceIds(viewer).length > 0 ? ['hub', 'place'] : [];
}

/**
 * The dashboard's address: `?perimetre=departement&departement=29&du=2026-01&au=2026-06` (French names,
 * months with the last one included). The page, its exports and its share button all read it this way.
 */
export const DASHBOARD_QUERY = {
  kind: 'perimetre',
  region: 'region',
  departement: 'departement',
  hub: 'hub',
  place: 'lieu',
  from: 'du',
  to: 'au',
} as const;

export interface DashboardQuery {
  scope: DashboardScope;
  range: DashboardRange;
  /** Field → i18n key of what was wrong (the value was then replaced by the default). */
  errors: Record<string, string>;
}

/** Reads a dashboard address; anything missing or wrong falls back to the network over the last 12 months. */
export function parseDashboardQuery(params: URLSearchParams, today: Date): DashboardQuery {
  const get = (name: string) => params.get(name)?.trim() ?? '';
  const errors: Record<string, string> = {};
  const kind = get(DASHBOARD_QUERY.kind) || 'network';
  const candidate =
    kind === 'region'
      ? { kind, code: get(DASHBOARD_QUERY.region) }
      : kind === 'departement'
        ? { kind, code: get(DASHBOARD_QUERY.departement) }
        : kind === 'hub'
          ? { kind, fabriqueId: get(DASHBOARD_QUERY.hub) }
          : kind === 'place'
            ? { kind, placeId: get(DASHBOARD_QUERY.place) }
            : { kind };
  const scope = dashboardScopeInput.safeParse(candidate);
  if (!scope.success)
    errors[kind === 'network' ? DASHBOARD_QUERY.kind : candidateField(kind)] =
      'validation.dashboards.scope_invalid';
  let range = defaultDashboardRange(today);
  const from = get(DASHBOARD_QUERY.from);
  const to = get(DASHBOARD_QUERY.to);
  if (from || to) {
    const typed = rangeFromMonths(from, to);
    const parsed = typed ? dashboardRangeInput.safeParse(typed) : null;
    if (parsed?.success) range = parsed.data;
    else {
      const issue = parsed?.error?.issues[0]?.message ?? 'validation.dashboards.month_invalid';
      errors[DASHBOARD_QUERY.to] = issue;
    }
  }
  return { scope: scope.success ? scope.data : { kind: 'network' }, range, errors };
}

function candidateField(kind: string): string {
  return kind in DASHBOARD_QUERY
    ? DASHBOARD_QUERY[kind as keyof typeof DASHBOARD_QUERY]
    : DASHBOARD_QUERY.kind;
}

/** The address of a dashboard, the inverse of `parseDashboardQuery`. */
export function dashboardQueryString(scope: DashboardScope, range: DashboardRange): string {
  const query = new URLSearchParams({ [DASHBOARD_QUERY.kind]: scope.kind });
  if (scope.kind === 'region') query.set(DASHBOARD_QUERY.region, scope.code);
  if (scope.kind === 'departement') query.set(DASHBOARD_QUERY.departement, scope.code);
  if (scope.kind === 'hub') query.set(DASHBOARD_QUERY.hub, scope.fabriqueId);
  if (scope.kind === 'place') query.set(DASHBOARD_QUERY.place, scope.placeId);
  query.set(DASHBOARD_QUERY.from, range.from.slice(0, 7));
  query.set(DASHBOARD_QUERY.to, lastMonthOf(range));
  return query.toString();
}
