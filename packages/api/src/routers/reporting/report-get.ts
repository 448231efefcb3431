import { reportIdInput } from '@rf/domain/reporting/report.schema';
import { signedInProcedure } from '../../trpc.ts';
import type { ReportDto } from './report.dto.ts';
import { loadReport, toReportDto } from './report.server.ts';

/** One report with its figures (computed now while editable, the snapshot once submitted) and history. */
export const getReport = signedInProcedure
  .input(reportIdInput)
  .query(async ({ ctx, input }): Promise<ReportDto> => {
    const report = await loadReport(ctx.tx, input.reportId);
    return toReportDto(ctx.tx, ctx.services, ctx.viewer, report);
  });
