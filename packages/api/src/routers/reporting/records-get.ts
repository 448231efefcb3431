import { findActivityRecord } from '@rf/db/reporting/records.repository';
import { DomainError } from '@rf/domain/errors';
import { activityRecordIdInput } from '@rf/domain/reporting/records';
import { signedInProcedure } from '../../trpc.ts';
import type { ActivityRecordDto } from './records.dto.ts';

/** One record, if RLS shows it: who sees it may change it (the select and update policies are the same). */
export const recordsGet = signedInProcedure
  .input(activityRecordIdInput)
  .query(async ({ ctx, input }): Promise<ActivityRecordDto> => {
    const record = await findActivityRecord(ctx.tx, input.id);
    if (!record) throw new DomainError('not_found');
    return { ...record, editable: true };
  });
