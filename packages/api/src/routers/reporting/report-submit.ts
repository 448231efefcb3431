import { submitReport as submitReportRow } from '@rf/db/reporting/reports.repository';
import { saveReportInput } from '@rf/domain/reporting/report.schema';
import { managerProcedure } from '../../trpc.ts';
import { assertReportAction, liveIndicators, loadReport, withReportErrors } from './report.server.ts';

/**
 * Saves what the manager wrote and submits the report with the figures of the moment (the snapshot the
 * network admin reviews). Submitting again after a send-back takes a fresh snapshot.
 */
export const submitReport = managerProcedure.input(saveReportInput).mutation(async ({ ctx, input }) => {
  const report = await loadReport(ctx.tx, input.reportId);
  assertReportAction(ctx.viewer, report, 'submit');
  const indicators = await liveIndicators(ctx.tx, report);
  await withReportErrors(() =>
    submitReportRow(ctx.tx, report.id, {
      narrative: input.narrative,
      corrections: input.corrections,
      indicators,
    }),
  );
  return { id: report.id };
});
