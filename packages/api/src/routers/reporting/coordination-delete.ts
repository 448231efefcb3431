import {
  deleteCoordinationActivity,
  findCoordinationActivity,
} from '@rf/db/reporting/coordination.repository';
import { DomainError } from '@rf/domain/errors';
import { canRecordCoordinationFor, coordinationActivityIdInput } from '@rf/domain/reporting/coordination';
import { signedInProcedure } from '../../trpc.ts';
import { assertPeriodsOpen } from './records-write.server.ts';

export const coordinationDelete = signedInProcedure
  .input(coordinationActivityIdInput)
  .mutation(async ({ ctx, input }): Promise<{ placeId: string }> => {
    const current = await findCoordinationActivity(ctx.tx, input.id);
    if (!current) throw new DomainError('not_found');
    if (!canRecordCoordinationFor(ctx.viewer, current.placeId)) throw new DomainError('forbidden');
    await assertPeriodsOpen(ctx.tx, current.placeId, current.date);
    if ((await deleteCoordinationActivity(ctx.tx, input.id)) === 0) throw new DomainError('forbidden');
    return { placeId: current.placeId };
  });
