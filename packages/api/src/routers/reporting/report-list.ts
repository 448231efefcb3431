import { listReports as listReportRows } from '@rf/db/reporting/reports.repository';
import { managedPlaceIds } from '@rf/domain/identity/roles';
import { listReportsInput } from '@rf/domain/reporting/report.schema';
import { openablePeriods } from '@rf/domain/reporting/report-period';
import { parisDay } from '@rf/domain/time/paris';
import { TRPCError } from '@trpc/server';
import { signedInProcedure } from '../../trpc.ts';
import type { OpenablePeriodDto, ReportListDto, ReportListItemDto } from './report.dto.ts';

const toItem = (r: Awaited<ReturnType<typeof listReportRows>>[number]): ReportListItemDto => ({
  ...r,
  submittedAt: r.submittedAt ? new Date(r.submittedAt).toISOString() : null,
  reviewedAt: r.reviewedAt ? new Date(r.reviewedAt).toISOString() : null,
});

/**
 * The reports the viewer may see (RLS: their places' as a manager, all as a network admin, validated ones
 * as an observer), filtered; the review queue for network admins; the periods a manager can open.
 */
export const listReports = signedInProcedure.input(listReportsInput).query(async ({ ctx, input }) => {
  const managed = managedPlaceIds(ctx.viewer);
  if (managed.length === 0 && ctx.viewer.networkRole === null) {
    throw new TRPCError({ code: 'FORBIDDEN', message: 'forbidden' });
  }
  const reports = (await listReportRows(ctx.tx, input)).map(toItem);
  const toReview =
    ctx.viewer.networkRole === 'network_admin'
      ? (await listReportRows(ctx.tx, { status: 'submitted' })).map(toItem)
      : [];
  const existing = new Set(
    (await listReportRows(ctx.tx, { placeIds: managed })).map(
      (r) => `${r.placeId}/${r.period}/${r.periodStart}`,
    ),
  );
  const periods = openablePeriods(parisDay());
  const openable: OpenablePeriodDto[] = ctx.viewer.memberships
    .filter((m) => m.role === 'manager')
    .flatMap((m) =>
      periods.map((p) => ({
        placeId: m.placeId,
        placeName: m.placeName,
        period: p.period,
        periodStart: p.start,
      })),
    )
    .filter((p) => !existing.has(`${p.placeId}/${p.period}/${p.periodStart}`));
  return { reports, toReview, openable } satisfies ReportListDto;
});
