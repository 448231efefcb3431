import { listPlacePhotos, setPhotoOrder } from '@rf/db/directory/place-photos.repository';
import { movePhotoInput, reorderPhotos } from '@rf/domain/directory/place-photo';
import { DomainError } from '@rf/domain/errors';
import { signedInProcedure } from '../../trpc.ts';
import { assertMayManagePhotos } from './place-photo-access.ts';

/** Moves a photo up, down, or first (the cover). */
export const movePlacePhoto = signedInProcedure.input(movePhotoInput).mutation(async ({ ctx, input }) => {
  assertMayManagePhotos(ctx.viewer, input.placeId);
  const ids = (await listPlacePhotos(ctx.tx, input.placeId)).map((p) => p.id);
  if (!ids.includes(input.photoId)) throw new DomainError('not_found');
  await setPhotoOrder(ctx.tx, input.placeId, reorderPhotos(ids, input.photoId, input.move));
  return { id: input.photoId };
});
