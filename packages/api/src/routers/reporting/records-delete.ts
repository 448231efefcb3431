import { deleteActivityRecord, findActivityRecord } from '@rf/db/reporting/records.repository';
import { DomainError } from '@rf/domain/errors';
import { activityRecordIdInput } from '@rf/domain/reporting/records';
import { signedInProcedure } from '../../trpc.ts';
import { assertPeriodsOpen } from './records-write.server.ts';

/** Deletes a record RLS lets the viewer change; its source, if any, is then to complete again. */
export const recordsDelete = signedInProcedure
  .input(activityRecordIdInput)
  .mutation(async ({ ctx, input }): Promise<{ deleted: true }> => {
    const current = await findActivityRecord(ctx.tx, input.id);
    if (!current) throw new DomainError('not_found');
    await assertPeriodsOpen(ctx.tx, current.placeId, current.date);
    const deleted = await deleteActivityRecord(ctx.tx, input.id);
    if (deleted === 0) throw new DomainError('not_found');
    return { deleted: true };
  });
