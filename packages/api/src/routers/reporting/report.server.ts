// Helpers of the report procedures: the viewer's side of a report, the database's refusals turned into
// domain errors people can read, and the report as the page shows it.

import type { Tx } from '@rf/db';
import {
  computeReportIndicators,
  displayNames,
  findReport,
  type ReportRow,
  reportHistory,
} from '@rf/db/reporting/reports.repository';
import { withServiceRole } from '@rf/db/service';
import { DomainError } from '@rf/domain/errors';
import { isManagerOf, type Viewer } from '@rf/domain/identity/roles';
import { indicatorRows } from '@rf/domain/reporting/report-indicators';
import {
  availableReportActions,
  decideReportAction,
  isEditable,
  type ReportAction,
  type ReportActor,
} from '@rf/domain/reporting/report-workflow';
import type { Services } from '../../services.server.ts';
import type { ReportDto } from './report.dto.ts';

/** The sides the viewer acts for on a report: its place's manager, a network admin, or both. */
export function reportActorsOf(viewer: Viewer, placeId: string): ReportActor[] {
  const actors: ReportActor[] = [];
  if (isManagerOf(viewer, placeId)) actors.push('manager');
  if (viewer.networkRole === 'network_admin') actors.push('network_admin');
  return actors;
}

/** The report RLS shows the viewer, or not_found (another place's report looks like no report). */
export async function loadReport(tx: Tx, reportId: string): Promise<ReportRow> {
  const report = await findReport(tx, reportId);
  if (!report) throw new DomainError('not_found');
  return report;
}

/** Refuses early, with the workflow's own words, what the trigger and RLS would refuse anyway. */
export function assertReportAction(viewer: Viewer, report: ReportRow, action: ReportAction): void {
  const actor: ReportActor = action === 'save' || action === 'submit' ? 'manager' : 'network_admin';
  if (!reportActorsOf(viewer, report.placeId).includes(actor)) {
    throw new DomainError(report.status === 'validated' ? 'report_locked' : 'forbidden');
  }
  const decision = decideReportAction(report.status, action, actor);
  if (!decision.ok) throw new DomainError(decision.error);
}

/** Runs a write and turns the workflow trigger's refusals into report error codes. */
export async function withReportErrors<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    const message = (error as { message?: unknown } | null)?.message;
    const text = typeof message === 'string' ? message : '';
    if (text.startsWith('report_locked')) throw new DomainError('report_locked');
    if (text.startsWith('invalid_report_transition')) throw new DomainError('invalid_report_transition');
    throw error;
  }
}

/** Computes the figures of the report's place and period now. */
export function liveIndicators(tx: Tx, report: Pick<ReportRow, 'placeId' | 'periodStart' | 'periodEnd'>) {
  return computeReportIndicators(tx, report.placeId, report.periodStart, report.periodEnd);
}

export async function toReportDto(
  tx: Tx,
  services: Services,
  viewer: Viewer,
  report: ReportRow,
): Promise<ReportDto> {
  const live = isEditable(report.status);
  const indicators = live ? await liveIndicators(tx, report) : report.indicators;
  const actors = reportActorsOf(viewer, report.placeId);
  // The audit log is for network admins (RLS); the report's own trail is shown to its place's managers
  // too, read with the service role only after RLS showed them the report.
  const { history, names } = await withServiceRole(services.db, 'report history', async (stx) => ({
    history: actors.length > 0 ? await reportHistory(stx, report.id) : null,
    names: await displayNames(
      stx,
      [report.submittedBy, report.reviewedBy].filter((id): id is string => id !== null),
    ),
  }));
  return {
    id: report.id,
    placeId: report.placeId,
    placeName: report.placeName,
    period: report.period,
    periodStart: report.periodStart,
    periodEnd: report.periodEnd,
    status: report.status,
    narrative: report.narrative,
    figuresAreLive: live,
    rows: indicatorRows(indicators, report.corrections),
    corrections: report.corrections,
    submittedAt: report.submittedAt ? new Date(report.submittedAt).toISOString() : null,
    submittedByName: report.submittedBy ? (names.get(report.submittedBy) ?? null) : null,
    reviewedAt: report.reviewedAt ? new Date(report.reviewedAt).toISOString() : null,
    reviewedByName: report.reviewedBy ? (names.get(report.reviewedBy) ?? null) : null,
    reviewComment: report.reviewComment,
    actions: [...new Set(actors.flatMap((actor) => availableReportActions(report.status, actor)))],
    history: history?.map((h) => ({ ...h, at: new Date(h.at).toISOString() })) ?? null,
  };
}
