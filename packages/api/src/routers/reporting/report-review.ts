import { reviewReport as reviewReportRow } from '@rf/db/reporting/reports.repository';
import { reviewReportInput } from '@rf/domain/reporting/report.schema';
import { networkAdminProcedure } from '../../trpc.ts';
import { assertReportAction, loadReport, withReportErrors } from './report.server.ts';

/**
 * A network admin validates a submitted report (it is locked then, with its place's records of the period:
 * decision 036) or sends it back saying what to fix; or reopens a validated one, saying why.
 */
export const reviewReport = networkAdminProcedure
  .input(reviewReportInput)
  .mutation(async ({ ctx, input }) => {
    const report = await loadReport(ctx.tx, input.reportId);
    assertReportAction(ctx.viewer, report, input.decision);
    await withReportErrors(() =>
      reviewReportRow(
        ctx.tx,
        report.id,
        input.decision === 'validate' ? 'validated' : 'sent_back',
        input.comment ?? null,
      ),
    );
    return { id: report.id };
  });
