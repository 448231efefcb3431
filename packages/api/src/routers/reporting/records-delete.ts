import { deleteActivityRecord } from '@rf/db/reporting/records.repository';
import { DomainError } from '@rf/domain/errors';
import { activityRecordIdInput } from '@rf/domain/reporting/records';
import { signedInProcedure } from '../../trpc.ts';

/** Deletes a record RLS lets the viewer change; its source, if any, is then to complete again. */
export const recordsDelete = signedInProcedure
  .input(activityRecordIdInput)
  .mutation(async ({ ctx, input }): Promise<{ deleted: true }> => {
    const deleted = await deleteActivityRecord(ctx.tx, input.id);
    if (deleted === 0) throw new DomainError('not_found');
    return { deleted: true };
  });
