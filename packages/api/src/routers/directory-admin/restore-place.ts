import { restorePlace as restore } from '@rf/db/directory/place-admin.repository';
import { restorePlaceInput } from '@rf/domain/directory/place-admin.schema';
import { DomainError } from '@rf/domain/errors';
import { networkAdminProcedure } from '../../trpc.ts';

/** Moderation: shows a hidden place again; restoring a visible place writes nothing. */
export const restorePlace = networkAdminProcedure
  .input(restorePlaceInput)
  .mutation(async ({ ctx, input }) => {
    if (!(await restore(ctx.tx, input.placeId))) throw new DomainError('not_found');
    return { id: input.placeId };
  });
