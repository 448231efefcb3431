import type { Corrections, IndicatorValues } from '@rf/domain/reporting/report-indicators';
import type { ReportPeriod } from '@rf/domain/reporting/report-period';
import type { ReportStatus } from '@rf/domain/reporting/report-workflow';
import { sql } from 'kysely';
import type { Tx } from '../rls.ts';

// Periodic reports of a place (SPEC §4.4). Every query runs as the caller (RLS decides who sees and
// writes what; the workflow trigger decides which status change is allowed), except `reportHistory`,
// which the API calls with the service role once RLS has shown the report to the caller.

export interface ReportRow {
  id: string;
  placeId: string;
  placeName: string;
  period: ReportPeriod;
  periodStart: string;
  periodEnd: string;
  status: ReportStatus;
  narrative: string | null;
  indicators: IndicatorValues;
  corrections: Corrections;
  submittedBy: string | null;
  submittedAt: string | null;
  reviewedBy: string | null;
  reviewedAt: string | null;
  reviewComment: string | null;
  updatedAt: string;
}

export type ReportListRow = Pick<
  ReportRow,
  'id' | 'placeId' | 'placeName' | 'period' | 'periodStart' | 'status' | 'submittedAt' | 'reviewedAt'
>;

const day = (column: string) => sql<string>`to_char(${sql.ref(column)}, 'YYYY-MM-DD')`;

/**
 * The indicators of a place's activity records over [start, end), computed by the database
 * (`private.report_indicators`, migration 20261206064129) in one pass over the records (the
 * `(place_id, date)` index): the same figures as `computeIndicators` in the domain, which the tests
 * compare with. Run as the caller, it adds up the records RLS shows them (a report's managers see all of
 * their place's); the snapshot taken when a report is submitted is computed by the database itself.
 * Participants of records without a breakdown count as `non_renseigne`; coordination activities are
 * counted for a fabrique only.
 */
export async function computeReportIndicators(
  tx: Tx,
  placeId: string,
  start: string,
  end: string,
): Promise<IndicatorValues> {
  const { rows } = await sql<{ key: string; value: number }>`
    select key, value from private.report_indicators(${placeId}::uuid, ${start}::date, ${end}::date)`.execute(
    tx,
  );
  const values: IndicatorValues = {};
  for (const row of rows) values[row.key] = Number(row.value);
  return values;
}

/** The report of a place for a period, created as a draft when there is none yet (idempotent). */
export async function openReport(
  tx: Tx,
  input: { placeId: string; period: ReportPeriod; periodStart: string },
): Promise<string> {
  const inserted = await tx
    .insertInto('reports')
    .values({ place_id: input.placeId, period: input.period, period_start: input.periodStart })
    .onConflict((oc) => oc.columns(['place_id', 'period', 'period_start']).doNothing())
    .returning('id')
    .executeTakeFirst();
  if (inserted) return inserted.id;
  const existing = await tx
    .selectFrom('reports')
    .select('id')
    .where('place_id', '=', input.placeId)
    .where('period', '=', input.period)
    .where('period_start', '=', input.periodStart)
    .executeTakeFirstOrThrow();
  return existing.id;
}

export async function findReport(tx: Tx, id: string): Promise<ReportRow | null> {
  const row = await tx
    .selectFrom('reports as r')
    .innerJoin('places as p', 'p.id', 'r.place_id')
    .select([
      'r.id',
      'r.place_id as placeId',
      'p.name as placeName',
      'r.period',
      day('r.period_start').as('periodStart'),
      day('r.period_end').as('periodEnd'),
      'r.status',
      'r.narrative',
      'r.indicators',
      'r.corrections',
      'r.submitted_by as submittedBy',
      'r.submitted_at as submittedAt',
      'r.reviewed_by as reviewedBy',
      'r.reviewed_at as reviewedAt',
      'r.review_comment as reviewComment',
      'r.updated_at as updatedAt',
    ])
    .where('r.id', '=', id)
    .executeTakeFirst();
  if (!row) return null;
  return {
    ...row,
    indicators: (row.indicators ?? {}) as IndicatorValues,
    corrections: (row.corrections ?? {}) as unknown as Corrections,
  };
}

/** The manager's part: narrative and corrections (the trigger refuses it once the report is locked). */
export async function saveReport(
  tx: Tx,
  id: string,
  input: { narrative: string | null; corrections: Corrections },
): Promise<void> {
  await tx
    .updateTable('reports')
    .set({ narrative: input.narrative, corrections: JSON.stringify(input.corrections) })
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
}

/**
 * Submits, in one change (one audit event), what the manager wrote; the database snapshots the figures of
 * the moment into `indicators` (trigger `reports_workflow_indicators`): the snapshot the reviewer validates
 * and the network adds up. Clients may not write indicators themselves.
 */
export async function submitReport(
  tx: Tx,
  id: string,
  input: { narrative: string | null; corrections: Corrections },
): Promise<void> {
  await tx
    .updateTable('reports')
    .set({
      status: 'submitted',
      narrative: input.narrative,
      corrections: JSON.stringify(input.corrections),
    })
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
}

export async function reviewReport(
  tx: Tx,
  id: string,
  status: 'validated' | 'sent_back',
  comment: string | null,
): Promise<void> {
  await tx
    .updateTable('reports')
    .set({ status, review_comment: comment })
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
}

export interface ReportListFilter {
  /** Only these places (a manager's); all the reports RLS shows otherwise. */
  placeIds?: readonly string[];
  status?: ReportStatus;
  period?: ReportPeriod;
}

/** Reports RLS shows the caller, newest period first, then by place name. */
export async function listReports(tx: Tx, filter: ReportListFilter): Promise<ReportListRow[]> {
  let query = tx
    .selectFrom('reports as r')
    .innerJoin('places as p', 'p.id', 'r.place_id')
    .select([
      'r.id',
      'r.place_id as placeId',
      'p.name as placeName',
      'r.period',
      day('r.period_start').as('periodStart'),
      'r.status',
      'r.submitted_at as submittedAt',
      'r.reviewed_at as reviewedAt',
    ]);
  if (filter.placeIds) {
    if (filter.placeIds.length === 0) return [];
    query = query.where('r.place_id', 'in', filter.placeIds);
  }
  if (filter.status) query = query.where('r.status', '=', filter.status);
  if (filter.period) query = query.where('r.period', '=', filter.period);
  return query
    .orderBy('r.period_start', 'desc')
    .orderBy('r.period', 'asc')
    .orderBy('p.name')
    .limit(500)
    .execute();
}

export interface ReportHistoryEntry {
  at: string;
  action: 'insert' | 'update' | 'delete';
  actorName: string | null;
  statusBefore: ReportStatus | null;
  statusAfter: ReportStatus | null;
  /** The manager- or reviewer-facing columns that changed. */
  changed: string[];
  reviewComment: string | null;
}

const HISTORY_COLUMNS = ['status', 'narrative', 'corrections', 'indicators', 'review_comment'];

/** The audit trail of one report, oldest first, with who did each change (service role: audit is admin-only). */
export async function reportHistory(tx: Tx, id: string): Promise<ReportHistoryEntry[]> {
  const rows = await tx
    .selectFrom('audit_events as e')
    .leftJoin('profiles as a', 'a.id', 'e.actor')
    .select(['e.at', 'e.action', 'e.old', 'e.new', 'a.display_name as actorName'])
    .where('e.table_name', '=', 'reports')
    .where('e.row_id', '=', id)
    .orderBy('e.at')
    .orderBy('e.id')
    .execute();
  return rows.map((r) => {
    const before = (r.old ?? null) as Record<string, unknown> | null;
    const after = (r.new ?? null) as Record<string, unknown> | null;
    return {
      at: r.at,
      action: r.action as ReportHistoryEntry['action'],
      actorName: r.actorName,
      statusBefore: (before?.status as ReportStatus | undefined) ?? null,
      statusAfter: (after?.status as ReportStatus | undefined) ?? null,
      changed:
        before && after
          ? HISTORY_COLUMNS.filter((c) => JSON.stringify(before[c]) !== JSON.stringify(after[c]))
          : [],
      reviewComment: (after?.review_comment as string | null | undefined) ?? null,
    };
  });
}

/** Display names of the people who submitted and reviewed (service role: profiles are team-scoped). */
export async function displayNames(tx: Tx, ids: readonly string[]): Promise<Map<string, string | null>> {
  if (ids.length === 0) return new Map();
  const rows = await tx
    .selectFrom('profiles')
    .select(['id', 'display_name'])
    .where('id', 'in', ids)
    .execute();
  return new Map(rows.map((r) => [r.id, r.display_name]));
}
