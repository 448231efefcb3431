import { sql } from 'kysely';
import type { Tx } from '../rls.ts';

export type ReportStatus = 'draft' | 'submitted' | 'sent_back' | 'validated';

export interface ReportSummary {
  placeId: string;
  period: 'quarter' | 'year';
  periodStart: string;
  status: ReportStatus;
}

/** Each place's latest report (by period start), for the places that have one. */
export async function listLatestReports(tx: Tx, placeIds: readonly string[]): Promise<ReportSummary[]> {
  if (placeIds.length === 0) return [];
  return tx
    .selectFrom('reports')
    .distinctOn('place_id')
    .select(['place_id as placeId', 'period', 'period_start as periodStart', 'status'])
    .where('place_id', 'in', placeIds)
    .orderBy('place_id')
    .orderBy('period_start', 'desc')
    .orderBy('period', 'desc')
    .execute();
}

/** Reports RLS shows the viewer, counted by status (every status is present). */
export async function countReportsByStatus(tx: Tx): Promise<Record<ReportStatus, number>> {
  const rows = await tx
    .selectFrom('reports')
    .select(['status', sql<number>`count(*)::int`.as('count')])
    .groupBy('status')
    .execute();
  const counts: Record<ReportStatus, number> = { draft: 0, submitted: 0, sent_back: 0, validated: 0 };
  for (const row of rows) counts[row.status] = row.count;
  return counts;
}

export interface IndicatorTotal {
  code: string;
  total: number;
}

/**
 * Network totals of the indicators of validated reports: a manager's correction (a number, or
 * `{value, justification}` as the report page writes it) replaces the computed value; only numbers are
 * added up, and only totals (breakdowns such as `genre.feminin` stay in each report). Counts of people,
 * never people.
 */
export async function sumValidatedIndicators(tx: Tx): Promise<IndicatorTotal[]> {
  const { rows } = await sql<IndicatorTotal>`
    select e.key as code, sum((e.value)::numeric)::float8 as total
    from public.reports r
    cross join lateral jsonb_each(r.indicators || r.corrections) as raw(key, value)
    cross join lateral (select raw.key,
      case when jsonb_typeof(raw.value) = 'object' then raw.value -> 'value' else raw.value end) as e(key, value)
    where r.status = 'validated' and jsonb_typeof(e.value) = 'number' and strpos(e.key, '.') = 0
    group by e.key
    order by e.key`.execute(tx);
  return rows;
}
