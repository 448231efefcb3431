import { queuePlaceGeocoding } from '@rf/db/directory/place-coordinates.repository';
import { communeExists, updatePlaceProfile } from '@rf/db/directory/place-profile.repository';
import { updatePlaceProfileInput } from '@rf/domain/directory/place-profile.schema';
import { DomainError } from '@rf/domain/errors';
import { isManagerOf } from '@rf/domain/identity/roles';
import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { signedInProcedure } from '../../trpc.ts';

const unknownCommune = z.object({
  communeCode: z.string().refine(() => false, 'validation.place.commune_code_unknown'),
});

/** Saves a place's profile (its managers, network admins; RLS and the admin-only column guard agree). */
export const updateProfile = signedInProcedure
  .input(updatePlaceProfileInput)
  .mutation(async ({ ctx, input }) => {
    const { placeId, ...fields } = input;
    if (ctx.viewer.networkRole !== 'network_admin' && !isManagerOf(ctx.viewer, placeId))
      throw new DomainError('forbidden');
    if (fields.communeCode && !(await communeExists(ctx.tx, fields.communeCode)))
      // Reported like a schema failure, next to the field.
      throw new TRPCError({
        code: 'BAD_REQUEST',
        message: 'invalid_input',
        cause: unknownCommune.safeParse({ communeCode: fields.communeCode }).error,
      });
    const saved = await updatePlaceProfile(ctx.tx, placeId, fields);
    if (!saved) throw new DomainError('not_found');
    // A new address is looked up again (out of the request); the commune's centre stands in meanwhile.
    if (saved.addressChanged && ctx.services.env.GEOCODER_URL) await queuePlaceGeocoding(ctx.tx, placeId);
    return { id: placeId };
  });
