// The dashboard computations the benchmark times: the repository's (pre-aggregated `getDashboard`, and
// `getDashboardNaive` over raw records) when packages/db/src/reporting/dashboard.repository.ts has them,
// else this file's own two computations of the same figures, so the benchmark runs either way.
import type { Tx } from '@rf/db/rls';
import type { DashboardRange, DashboardScope } from '@rf/domain/reporting/dashboard';
import { type RawBuilder, sql } from 'kysely';

export interface DashboardFigures {
  totals: { records: number; participants: number };
  byMonth: unknown[];
  byTheme: unknown[];
  byGenre: unknown[];
  byTrancheAge: unknown[];
  byStatutSocial: unknown[];
  places: unknown[];
}

export type DashboardFunction = (
  tx: Tx,
  scope: DashboardScope,
  range: DashboardRange,
  /** The observers' view (place-months a validated report covers): the repository's functions only. */
  options?: { validatedOnly?: boolean },
) => Promise<DashboardFigures>;

export interface DashboardFunctions {
  source: 'repository' | 'bench fallback';
  aggregated: DashboardFunction;
  naive: DashboardFunction;
}

/** The places of a scope, as a SQL condition on `p` (places) joined to `c` (communes). */
function scopeCondition(scope: DashboardScope): RawBuilder<boolean> {
  switch (scope.kind) {
    case 'network':
      return sql<boolean>`true`;
    case 'region':
      return sql<boolean>`c.region_code = ${scope.code}`;
    case 'departement':
      return sql<boolean>`c.departement_code = ${scope.code}`;
    case 'hub':
      return sql<boolean>`(p.id = ${scope.fabriqueId}::uuid or p.hub_fabrique_id = ${scope.fabriqueId}::uuid)`;
    case 'place':
      return sql<boolean>`p.id = ${scope.placeId}::uuid`;
  }
}

const DIMENSIONS = [
  ['byGenre', 'counts_by_genre'],
  ['byTrancheAge', 'counts_by_tranche_age'],
  ['byStatutSocial', 'counts_by_statut_social'],
] as const;

/** From raw records: every record of the range is read, its themes unnested and its counts expanded. */
const naive: DashboardFunction = async (tx, scope, range) => {
  const where = sql`r.date >= ${range.from}::date and r.date < ${range.to}::date and ${scopeCondition(scope)}`;
  const from = sql`public.activity_records r join public.places p on p.id = r.place_id
    join public.communes c on c.code = p.commune_code`;
  const totals = await sql<{ records: number; participants: number }>`
    select count(*)::int as records, coalesce(sum(r.participants_total), 0)::int as participants
    from ${from} where ${where}`.execute(tx);
  const byMonth = await sql`
    select date_trunc('month', r.date)::date::text as month, count(*)::int as records,
      sum(r.participants_total)::int as participants
    from ${from} where ${where} group by 1 order by 1`.execute(tx);
  const byTheme = await sql`
    select t.code, sum(r.participants_total)::int as participants
    from ${from} cross join unnest(r.themes) as t(code) where ${where} group by 1 order by 2 desc`.execute(
    tx,
  );
  const breakdowns: Record<string, unknown[]> = {};
  for (const [key, column] of DIMENSIONS) {
    breakdowns[key] = (
      await sql`
        select e.key as code, sum(e.value::int)::int as participants
        from ${from} cross join jsonb_each_text(
          coalesce(r.${sql.ref(column)}, jsonb_build_object('non_renseigne', r.participants_total))) e
        where ${where} group by 1 order by 2 desc`.execute(tx)
    ).rows;
  }
  const places = await sql`
    select p.id as "placeId", p.name, sum(r.participants_total)::int as participants
    from ${from} where ${where} group by p.id order by 3 desc`.execute(tx);
  return {
    totals: totals.rows[0] ?? { records: 0, participants: 0 },
    byMonth: byMonth.rows,
    byTheme: byTheme.rows,
    byGenre: breakdowns.byGenre ?? [],
    byTrancheAge: breakdowns.byTrancheAge ?? [],
    byStatutSocial: breakdowns.byStatutSocial ?? [],
    places: places.rows,
  };
};

/** From the monthly pre-aggregates (migration 20261123002800): a few rows per place and month. */
const aggregated: DashboardFunction = async (tx, scope, range) => {
  const rows = await sql<{
    dimension: string;
    code: string;
    month: string;
    records: number;
    participants: number;
    place_id: string;
    name: string;
  }>`
    select a.dimension, a.code, a.month::text, sum(a.records)::int as records,
      sum(a.participants)::int as participants, a.place_id, p.name
    from public.activity_monthly_aggregates a join public.places p on p.id = a.place_id
      join public.communes c on c.code = p.commune_code
    where a.month >= ${range.from}::date and a.month < ${range.to}::date and ${scopeCondition(scope)}
    group by grouping sets ((a.dimension, a.code), (a.dimension, a.month), (a.dimension, a.place_id, p.name))
    `.execute(tx);
  const total = rows.rows.filter((r) => r.dimension === 'total');
  const dimension = (name: string) =>
    rows.rows.filter(
      (r) => r.dimension === name && r.code !== null && r.month === null && r.place_id === null,
    );
  const overall = total.filter((r) => r.code !== null && r.month === null && r.place_id === null)[0];
  return {
    totals: { records: overall?.records ?? 0, participants: overall?.participants ?? 0 },
    byMonth: total.filter((r) => r.month !== null),
    byTheme: dimension('theme'),
    byGenre: dimension('genre'),
    byTrancheAge: dimension('tranche_age'),
    byStatutSocial: dimension('statut_social'),
    places: total.filter((r) => r.place_id !== null),
  };
};

/** The repository's functions when they exist, else this file's. */
export async function dashboardFunctions(): Promise<DashboardFunctions> {
  try {
    const repository = (await import('@rf/db/reporting/dashboard.repository')) as Record<string, unknown>;
    if (typeof repository.getDashboard === 'function' && typeof repository.getDashboardNaive === 'function') {
      return {
        source: 'repository',
        aggregated: repository.getDashboard as DashboardFunction,
        naive: repository.getDashboardNaive as DashboardFunction,
      };
    }
  } catch {}
  return { source: 'bench fallback', aggregated, naive };
}
