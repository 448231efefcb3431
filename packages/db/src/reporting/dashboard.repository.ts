import type { Dashboard, DashboardRange, DashboardScope } from '@rf/domain/reporting/dashboard';
import {
  type AggregateDimension,
  type AggregateRow,
  buildDashboard,
  type DashboardPlaceInfo,
} from '@rf/domain/reporting/dashboard-aggregation';
import { type RawBuilder, sql } from 'kysely';
import type { Tx } from '../rls.ts';

// Activity dashboards. `getDashboard` reads only the pre-aggregates — the network roll-up
// (activity_network_monthly) for the network's months and breakdowns, the place-level monthly aggregates
// (activity_monthly_aggregates) for the places and for narrower scopes, both kept by triggers — and the
// scope's places; `getDashboardNaive` computes the same from the raw records, for the equality tests and the
// benchmark. Both go through RLS: an observer's dashboard holds only the months of validated reports, and
// the naive one is empty for them (they never read records). Decisions 025 and 045.

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

interface PlaceSumRow extends Omit<TotalRow, 'month'> {
  name: string | null;
  lat: number | null;
  lng: number | null;
  isQpv: boolean | null;
  isRural: boolean | null;
  visible: boolean;
}

interface MonthRow {
  month: string;
  records: number;
  participants: number;
}

interface BreakdownRow {
  dimension: Exclude<AggregateDimension, 'total'>;
  code: string;
  participants: number;
}

export interface DashboardOptions {
  /**
   * Only the place-months a validated report covers — the observers' view of decision 025 — whoever reads
   * (an observer's own reads are restricted so by RLS anyway).
   */
  validatedOnly?: boolean;
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

/**
 * The dashboard from each place's sums over the whole range (totals, places, territory kinds and
 * breakdowns: the rows stand at the range's first month) and the months' sums read apart.
 */
function assemble(
  scope: DashboardScope,
  range: DashboardRange,
  title: string | null,
  places: Map<string, DashboardPlaceInfo>,
  perPlace: Omit<TotalRow, 'month'>[],
  months: MonthRow[],
  breakdowns: BreakdownRow[],
): Dashboard {
  const dashboard = buildDashboard({
    scope,
    range,
    title: title ?? '',
    rows: asRows(
      range,
      perPlace.map((p) => ({
        placeId: p.placeId,
        month: range.from,
        records: p.records,
        individual: p.individual,
        collective: p.collective,
        participants: p.participants,
        minutes: p.minutes,
        dejaAccompagne: p.dejaAccompagne,
      })),
      breakdowns,
    ),
    places,
  });
  const byMonth = new Map(months.map((m) => [m.month, m]));
  return {
    ...dashboard,
    byMonth: dashboard.byMonth.map(({ month }) => ({
      month,
      participants: byMonth.get(month)?.participants ?? 0,
      records: byMonth.get(month)?.records ?? 0,
    })),
  };
}

/**
 * What the current reader sees of the network's activity (migration 20261206121518): everything (network
 * admins, the server's roles), the validated place-months (an observer managing nothing), or their own
 * places (`scoped`, RLS decides).
 */
async function activityReading(tx: Tx): Promise<'all' | 'validated' | 'scoped'> {
  const { rows } = await sql<{ reading: 'all' | 'validated' | 'scoped' }>`
    select private.activity_reading() as reading`.execute(tx);
  return rows[0]?.reading ?? 'scoped';
}

/**
 * The dashboard of a scope over a month-aligned range, from the pre-aggregates. When the reader sees the
 * whole network (or all its validated months), the places' sums (places, map, territory kinds, read at query
 * time) and the months come from each place's monthly totals (`activity_place_monthly_totals`), and for the
 * network the months and breakdowns from the network roll-up (`activity_network_monthly`, one row per month,
 * dimension, code and validation state). Otherwise, and for the breakdowns of narrower scopes, from the
 * place-level aggregates as RLS shows them. Grouped in SQL either way.
 */
export async function getDashboard(
  tx: Tx,
  scope: DashboardScope,
  range: DashboardRange,
  options: DashboardOptions = {},
): Promise<Dashboard> {
  const reading = await activityReading(tx);
  const validatedOnly = options.validatedOnly === true || reading === 'validated';
  // The roll-ups hold every place: only for readers who see them all (or all their validated months).
  const rollups = reading !== 'scoped';
  const network = scope.kind === 'network' && rollups;
  const months = (alias: 'a' | 't' | 'n') =>
    sql`${sql.ref(`${alias}.month`)} >= ${range.from}::date and ${sql.ref(`${alias}.month`)} < ${range.to}::date`;
  // Place-level aggregates, as RLS lets the reader see them.
  const window = sql`${months('a')} and ${inScope('a.place_id', scope)} ${
    validatedOnly
      ? sql`and (a.place_id, a.month) in (select v.place_id, v.month from private.validated_place_months() v)`
      : sql``
  }`;
  const totals = sql`${months('t')} and ${inScope('t.place_id', scope)} ${validatedOnly ? sql`and t.validated` : sql``}`;
  const rollup = sql`${months('n')} ${validatedOnly ? sql`and n.validated` : sql``}`;
  const sums = (alias: 'a' | 't') => sql`sum(${sql.ref(`${alias}.records`)})::int8 as records,
    sum(${sql.ref(`${alias}.individual`)})::int8 as individual,
    sum(${sql.ref(`${alias}.collective`)})::int8 as collective,
    sum(${sql.ref(`${alias}.participants`)})::int8 as participants,
    sum(${sql.ref(`${alias}.minutes`)})::int8 as minutes,
    sum(${sql.ref(`${alias}.deja_accompagne`)})::int8 as "dejaAccompagne"`;
  // Each place's sums with what the dashboard shows of it, in one query: only the places with activity, and
  // none the reader may not see (RLS on places), as `scopePlaces` would give them.
  const withPlaces = (placeSums: RawBuilder<unknown>) => sql<PlaceSumRow>`
    select s.*, p.name, p.latitude as lat, p.longitude as lng, p.is_qpv as "isQpv", p.is_rural as "isRural",
      (p.id is not null) as visible
    from (${placeSums}) s left join public.places p on p.id = s."placeId"`;
  const [title, perPlace, byMonth, breakdowns] = await Promise.all([
    dashboardTitle(tx, scope),
    withPlaces(
      rollups
        ? sql`
            select t.place_id as "placeId", ${sums('t')}
            from public.activity_place_monthly_totals t
            where ${totals}
            group by t.place_id`
        : sql`
            select a.place_id as "placeId", ${sums('a')}
            from public.activity_monthly_aggregates a
            where a.dimension = 'total' and ${window}
            group by a.place_id`,
    ).execute(tx),
    network
      ? sql<MonthRow>`
          select to_char(n.month, 'YYYY-MM-DD') as month, sum(n.records)::int8 as records,
            sum(n.participants)::int8 as participants
          from public.activity_network_monthly n
          where n.dimension = 'total' and ${rollup}
          group by n.month`.execute(tx)
      : rollups
        ? sql<MonthRow>`
            select to_char(t.month, 'YYYY-MM-DD') as month, sum(t.records)::int8 as records,
              sum(t.participants)::int8 as participants
            from public.activity_place_monthly_totals t
            where ${totals}
            group by t.month`.execute(tx)
        : sql<MonthRow>`
            select to_char(a.month, 'YYYY-MM-DD') as month, sum(a.records)::int8 as records,
              sum(a.participants)::int8 as participants
            from public.activity_monthly_aggregates a
            where a.dimension = 'total' and ${window}
            group by a.month`.execute(tx),
    network
      ? sql<BreakdownRow>`
          select n.dimension, n.code, sum(n.participants)::int8 as participants
          from public.activity_network_monthly n
          where n.dimension <> 'total' and ${rollup}
          group by n.dimension, n.code`.execute(tx)
      : sql<BreakdownRow>`
          select a.dimension, a.code, sum(a.participants)::int8 as participants
          from public.activity_monthly_aggregates a
          where a.dimension <> 'total' and ${window}
          group by a.dimension, a.code`.execute(tx),
  ]);
  const places = new Map(
    perPlace.rows
      .filter((row) => row.visible)
      .map(({ placeId, name, lat, lng, isQpv, isRural }): [string, DashboardPlaceInfo] => [
        placeId,
        { placeId, name: name ?? '', lat, lng, isQpv: isQpv === true, isRural: isRural === true },
      ]),
  );
  return assemble(scope, range, title, places, perPlace.rows, byMonth.rows, breakdowns.rows);
}

/**
 * The same dashboard computed from the raw records (no pre-aggregate): the reference, and the baseline.
 * `validatedOnly` keeps the records of months a validated report of their place covers, looked up in
 * `reports` record by record.
 */
export async function getDashboardNaive(
  tx: Tx,
  scope: DashboardScope,
  range: DashboardRange,
  options: DashboardOptions = {},
): Promise<Dashboard> {
  const validated = options.validatedOnly
    ? sql`and exists (select 1 from public.reports v where v.place_id = r.place_id and v.status = 'validated'
        and v.period_start <= r.date and r.date < v.period_end)`
    : sql``;
  const window = sql`r.date >= ${range.from}::date and r.date < ${range.to}::date and ${inScope('r.place_id', scope)} ${validated}`;
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
