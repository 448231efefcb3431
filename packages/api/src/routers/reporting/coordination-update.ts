import {
  findCoordinationActivity,
  updateCoordinationActivity,
} from '@rf/db/reporting/coordination.repository';
import { DomainError } from '@rf/domain/errors';
import { canRecordCoordinationFor, coordinationActivityUpdateInput } from '@rf/domain/reporting/coordination';
import { signedInProcedure } from '../../trpc.ts';
import { assertPeriodsOpen } from './records-write.server.ts';

export const coordinationUpdate = signedInProcedure
  .input(coordinationActivityUpdateInput)
  .mutation(async ({ ctx, input }): Promise<{ id: string }> => {
    const current = await findCoordinationActivity(ctx.tx, input.id);
    if (!current) throw new DomainError('not_found');
    if (!canRecordCoordinationFor(ctx.viewer, current.placeId)) throw new DomainError('forbidden');
    await assertPeriodsOpen(ctx.tx, current.placeId, current.date, input.date);
    const { id, ...fields } = input;
    if ((await updateCoordinationActivity(ctx.tx, id, fields)) === 0) throw new DomainError('forbidden');
    return { id };
  });
