import { saveReport as saveReportRow } from '@rf/db/reporting/reports.repository';
import { saveReportInput } from '@rf/domain/reporting/report.schema';
import { managerProcedure } from '../../trpc.ts';
import { assertReportAction, loadReport, withReportErrors } from './report.server.ts';

/** The manager's narrative and corrections (each with its justification), while the report is editable. */
export const saveReport = managerProcedure.input(saveReportInput).mutation(async ({ ctx, input }) => {
  const report = await loadReport(ctx.tx, input.reportId);
  assertReportAction(ctx.viewer, report, 'save');
  await withReportErrors(() =>
    saveReportRow(ctx.tx, report.id, { narrative: input.narrative, corrections: input.corrections }),
  );
  return { id: report.id };
});
