import { updatePlaceStatus } from '@rf/db/directory/place-admin.repository';
import { setPlaceStatusInput } from '@rf/domain/directory/place-admin.schema';
import { DomainError } from '@rf/domain/errors';
import { networkAdminProcedure } from '../../trpc.ts';

/** Publishes, archives or returns a place to draft; the same status twice writes nothing. */
export const setPlaceStatus = networkAdminProcedure
  .input(setPlaceStatusInput)
  .mutation(async ({ ctx, input }) => {
    if (!(await updatePlaceStatus(ctx.tx, input.placeId, input.status))) throw new DomainError('not_found');
    return { id: input.placeId, status: input.status };
  });
