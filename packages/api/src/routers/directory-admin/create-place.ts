import { findSimilarPlace, insertPlace } from '@rf/db/directory/place-admin.repository';
import { queuePlaceGeocoding } from '@rf/db/directory/place-coordinates.repository';
import { communeExists } from '@rf/db/directory/place-profile.repository';
import { createPlaceInput } from '@rf/domain/directory/place-admin.schema';
import { networkAdminProcedure } from '../../trpc.ts';
import { fieldError } from './field-error.ts';

/**
 * Creates a draft place. A double click finds the draft the first click created and returns it; a live
 * place of the same name in the same commune is refused as a duplicate.
 */
export const createPlace = networkAdminProcedure.input(createPlaceInput).mutation(async ({ ctx, input }) => {
  if (!(await communeExists(ctx.tx, input.communeCode)))
    throw fieldError('communeCode', 'validation.place.commune_code_unknown');
  const similar = await findSimilarPlace(ctx.tx, input);
  if (similar?.sameRequest) return { id: similar.id, created: false };
  if (similar) throw fieldError('name', 'validation.place_admin.duplicate_name');
  const id = await insertPlace(ctx.tx, input);
  // The place stands on its commune's centre (trigger); the geocoder, when configured, finds its address.
  if (ctx.services.env.GEOCODER_URL) await queuePlaceGeocoding(ctx.tx, id);
  return { id, created: true };
});
