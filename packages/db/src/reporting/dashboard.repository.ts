import type { Dashboard, DashboardRange, DashboardScope } from '@rf/domain/reporting/dashboard';
import {
  type AggregateDimension,
  type AggregateRow,
  buildDashboard,
  type DashboardPlaceInfo,
} from '@rf/domain/reporting/dashboard-aggregation';
import { type RawBuilder, sql } from 'kysely';
import type { Tx } from '../rls.ts';

// Activity dashboards. `getDashboard` reads only the monthly pre-aggregates (activity_monthly_aggregates,
// kept by triggers) and the scope's places; `getDashboardNaive` computes the same from the raw records, for
// the equality tests and the benchmark. Both go through RLS: an observer's dashboard holds only the months
// of validated reports, and the naive one is empty for them (they never read records).

/** The name of the whole network, a proper noun. */
export const NETWORK_TITLE = 'Réseau Fabriques';

/** The ids of the scope's places, as a subquery (RLS applies: places a person cannot see do not count). */
function scopePlaceIds(scope: DashboardScope): RawBuilder<unknown> | null {
  switch (scope.kind) {
    case 'network':
      return null;
    case 'region':
      return sql`select p.id from public.places p join public.communes c on c.code = p.commune_code
        where c.region_code = ${scope.code}`;
    case 'departement':
      return sql`select p.id from public.places p join public.communes c on c.code = p.commune_code
        where c.departement_code = ${scope.code}`;
    case 'hub':
      return sql`select p.id from public.places p
        where p.id = ${scope.fabriqueId} or p.hub_fabrique_id = ${scope.fabriqueId}`;
    case 'place':
      return sql`select p.id from public.places p where p.id = ${scope.placeId}`;
  }
}

function inScope(column: string, scope: DashboardScope): RawBuilder<unknown> {
  const ids = scopePlaceIds(scope);
  return ids ? sql`${sql.ref(column)} in (${ids})` : sql`true`;
}

/** The scope's name, or null when it does not exist (or is hidden from this person). */
export async function dashboardTitle(tx: Tx, scope: DashboardScope): Promise<string | null> {
  switch (scope.kind) {
    case 'network':
      return NETWORK_TITLE;
    case 'region':
      return (
        (await tx.selectFrom('regions').select('name').where('code', '=', scope.code).executeTakeFirst())
          ?.name ?? null
      );
    case 'departement':
      return (
        (await tx.selectFrom('departements').select('name').where('code', '=', scope.code).executeTakeFirst())
          ?.name ?? null
      );
    case 'hub':
    case 'place': {
      const id = scope.kind === 'hub' ? scope.fabriqueId : scope.placeId;
      return (
        (await tx.selectFrom('places').select('name').where('id', '=', id).executeTakeFirst())?.name ?? null
      );
    }
  }
}

async function scopePlaces(tx: Tx, scope: DashboardScope): Promise<Map<string, DashboardPlaceInfo>> {
  const { rows } = await sql<DashboardPlaceInfo>`
    select p.id as "placeId", p.name, p.latitude as lat, p.longitude as lng, p.is_qpv as "isQpv",
      p.is_rural as "isRural"
    from public.places p
    where ${inScope('p.id', scope)}`.execute(tx);
  return new Map(rows.map((row) => [row.placeId, row]));
}

interface TotalRow {
  placeId: string;
  month: string;
  records: number;
  individual: number;
  collective: number;
  participants: number;
  minutes: number;
  dejaAccompagne: number;
}

interface BreakdownRow {
  dimension: Exclude<AggregateDimension, 'total'>;
  code: string;
  participants: number;
}

/**
 * Breakdowns arrive summed over places and months: as aggregate rows, they stand at the range's first month
 * (buildDashboard reads only their code for these dimensions).
 */
function asRows(range: DashboardRange, totals: TotalRow[], breakdowns: BreakdownRow[]): AggregateRow[] {
  return [
    ...totals.map((t) => ({ ...t, dimension: 'total' as const, code: '' })),
    ...breakdowns.map((b) => ({
      placeId: '',
      month: range.from,
      dimension: b.dimension,
      code: b.code,
      records: 0,
      individual: 0,
      collective: 0,
      participants: b.participants,
      minutes: 0,
      dejaAccompagne: 0,
    })),
  ];
}

/** The dashboard of a scope over a month-aligned range, from the pre-aggregates. */
export async function getDashboard(tx: Tx, scope: DashboardScope, range: DashboardRange): Promise<Dashboard> {
  const window = sql`a.month >= ${range.from}::date and a.month < ${range.to}::date and ${inScope('a.place_id', scope)}`;
  const [title, places, totals, breakdowns] = await Promise.all([
    dashboardTitle(tx, scope),
    scopePlaces(tx, scope),
    sql<TotalRow>`
      select a.place_id as "placeId", to_char(a.month, 'YYYY-MM-DD') as month, a.records, a.individual,
        a.collective, a.participants, a.minutes, a.deja_accompagne as "dejaAccompagne"
      from public.activity_monthly_aggregates a
      where a.dimension = 'total' and ${window}`.execute(tx),
    sql<BreakdownRow>`
      select a.dimension, a.code, sum(a.participants)::int8 as participants
      from public.activity_monthly_aggregates a
      where a.dimension <> 'total' and ${window}
      group by a.dimension, a.code`.execute(tx),
  ]);
  return buildDashboard({
    scope,
    range,
    title: title ?? '',
    rows: asRows(range, totals.rows, breakdowns.rows),
    places,
  });
}

/** The same dashboard computed from the raw records (no pre-aggregate): the reference, and the baseline. */
export async function getDashboardNaive(
  tx: Tx,
  scope: DashboardScope,
  range: DashboardRange,
): Promise<Dashboard> {
  const window = sql`r.date >= ${range.from}::date and r.date < ${range.to}::date and ${inScope('r.place_id', scope)}`;
  const [title, places, totals, breakdowns] = await Promise.all([
    dashboardTitle(tx, scope),
    scopePlaces(tx, scope),
    sql<TotalRow>`
      select r.place_id as "placeId", to_char(date_trunc('month', r.date), 'YYYY-MM-DD') as month,
        count(*)::int8 as records,
        (count(*) filter (where r.type = 'individuel'))::int8 as individual,
        (count(*) filter (where r.type = 'collectif'))::int8 as collective,
        sum(r.participants_total)::int8 as participants, sum(r.duration_minutes)::int8 as minutes,
        sum(r.deja_accompagne)::int8 as "dejaAccompagne"
      from public.activity_records r
      where ${window}
      group by 1, 2`.execute(tx),
    sql<BreakdownRow>`
      select b.dimension, b.code, sum(b.participants)::int8 as participants
      from public.activity_records r
      cross join lateral (
        select 'theme', t, r.participants_total from (select distinct unnest(r.themes)) x (t)
        union all
        select 'genre', g.key, g.value::int from jsonb_each_text(r.counts_by_genre) g
        union all
        select 'genre', 'non_renseigne', r.participants_total where r.counts_by_genre is null
        union all
        select 'tranche_age', g.key, g.value::int from jsonb_each_text(r.counts_by_tranche_age) g
        union all
        select 'tranche_age', 'non_renseigne', r.participants_total where r.counts_by_tranche_age is null
        union all
        select 'statut_social', g.key, g.value::int from jsonb_each_text(r.counts_by_statut_social) g
        union all
        select 'statut_social', 'non_renseigne', r.participants_total where r.counts_by_statut_social is null
      ) b (dimension, code, participants)
      where ${window}
      group by 1, 2`.execute(tx),
  ]);
  return buildDashboard({
    scope,
    range,
    title: title ?? '',
    rows: asRows(range, totals.rows, breakdowns.rows),
    places,
  });
}

export interface ScopeOption {
  value: string;
  label: string;
}

/**
 * What the scope picker offers: regions and départements (by code), hubs (fabriques) and places, by name;
 * `placeIds` narrows hubs and places to a manager's own (territories then stay empty).
 */
export async function listDashboardScopeOptions(
  tx: Tx,
  placeIds?: string[],
): Promise<{
  regions: ScopeOption[];
  departements: ScopeOption[];
  hubs: ScopeOption[];
  places: ScopeOption[];
}> {
  if (placeIds && placeIds.length === 0) return { regions: [], departements: [], hubs: [], places: [] };
  const network = placeIds === undefined;
  const placesQuery = () => {
    let query = tx
      .selectFrom('places')
      .select(['id as value', 'name as label'])
      .where('status', '<>', 'archived')
      .orderBy('name');
    if (placeIds) query = query.where('id', 'in', placeIds);
    return query;
  };
  const [regions, departements, hubs, places] = await Promise.all([
    network
      ? tx.selectFrom('regions').select(['code as value', 'name as label']).orderBy('name').execute()
      : [],
    network
      ? tx
          .selectFrom('departements')
          .select(['code as value', sql<string>`code || ' — ' || name`.as('label')])
          .orderBy('code')
          .execute()
      : [],
    placesQuery().where(sql<boolean>`private.is_fabrique(id)`).execute(),
    placesQuery().execute(),
  ]);
  return { regions, departements, hubs, places };
}
