import { activityRecordPrefillInput } from '@rf/domain/reporting/records';
import { signedInProcedure } from '../../trpc.ts';
import { prefillRecord } from './records-prefill.server.ts';

/** The record a past session with attendance, or a seen appointment, writes by itself (not saved). */
export const recordsPrefill = signedInProcedure
  .input(activityRecordPrefillInput)
  .query(({ ctx, input }) => prefillRecord(ctx.tx, ctx.viewer, input));
