import { submitReport as submitReportRow } from '@rf/db/reporting/reports.repository';
import { saveReportInput } from '@rf/domain/reporting/report.schema';
import { managerProcedure } from '../../trpc.ts';
import { assertReportAction, loadReport, withReportErrors } from './report.server.ts';

/**
 * Saves what the manager wrote and submits the report; the database snapshots the figures of the moment
 * (the snapshot the network admin reviews: clients never write indicators). Submitting again after a
 * send-back takes a fresh snapshot.
 */
export const submitReport = managerProcedure.input(saveReportInput).mutation(async ({ ctx, input }) => {
  const report = await loadReport(ctx.tx, input.reportId);
  assertReportAction(ctx.viewer, report, 'submit');
  await withReportErrors(() =>
    submitReportRow(ctx.tx, report.id, { narrative: input.narrative, corrections: input.corrections }),
  );
  return { id: report.id };
});
