import { insertCoordinationActivity } from '@rf/db/reporting/coordination.repository';
import { DomainError } from '@rf/domain/errors';
import { canRecordCoordinationFor, coordinationActivityInput } from '@rf/domain/reporting/coordination';
import { signedInProcedure } from '../../trpc.ts';
import { fabriqueFor } from './coordination-access.server.ts';
import { assertPeriodsOpen } from './records-write.server.ts';

/** Records a coordination activity of a fabrique (its managers, network admins; RLS and a trigger agree). */
export const coordinationCreate = signedInProcedure
  .input(coordinationActivityInput)
  .mutation(async ({ ctx, input }): Promise<{ id: string }> => {
    await fabriqueFor(ctx.tx, ctx.viewer, input.placeId);
    if (!canRecordCoordinationFor(ctx.viewer, input.placeId)) throw new DomainError('forbidden');
    await assertPeriodsOpen(ctx.tx, input.placeId, input.date);
    return { id: await insertCoordinationActivity(ctx.tx, input) };
  });
