import { confirmPlaceStillCorrect } from '@rf/db/directory/place-freshness.repository';
import { confirmPlaceFreshInput } from '@rf/domain/directory/freshness';
import { DomainError } from '@rf/domain/errors';
import { isManagerOf } from '@rf/domain/identity/roles';
import { signedInProcedure } from '../../trpc.ts';

/**
 * "Toujours à jour" (decision 063): the place's managers, or a network admin, confirm its record as it is;
 * `date_maj` becomes today. Idempotent; refused for anyone else (and RLS agrees: it updates nothing).
 */
export const confirmStillCorrect = signedInProcedure
  .input(confirmPlaceFreshInput)
  .mutation(async ({ ctx, input }) => {
    if (ctx.viewer.networkRole !== 'network_admin' && !isManagerOf(ctx.viewer, input.placeId))
      throw new DomainError('forbidden');
    const dateMaj = await confirmPlaceStillCorrect(ctx.tx, input.placeId);
    if (!dateMaj) throw new DomainError('not_found');
    return { id: input.placeId, dateMaj };
  });
