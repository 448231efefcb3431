import { openReport as openReportRow } from '@rf/db/reporting/reports.repository';
import { DomainError } from '@rf/domain/errors';
import { isManagerOf } from '@rf/domain/identity/roles';
import { openReportInput } from '@rf/domain/reporting/report.schema';
import { hasStarted } from '@rf/domain/reporting/report-period';
import { parisDay } from '@rf/domain/time/paris';
import { managerProcedure } from '../../trpc.ts';
import { fieldError } from '../directory-admin/field-error.ts';

/** Opens the report of a place for a period that has begun: a draft, or the existing report (idempotent). */
export const openReport = managerProcedure.input(openReportInput).mutation(async ({ ctx, input }) => {
  if (!isManagerOf(ctx.viewer, input.placeId)) throw new DomainError('forbidden');
  if (!hasStarted({ period: input.period, start: input.periodStart }, parisDay())) {
    throw fieldError('periodStart', 'validation.reports.period_not_started');
  }
  return { id: await openReportRow(ctx.tx, input) };
});
