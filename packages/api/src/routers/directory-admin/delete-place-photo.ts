import { deletePlacePhoto as deleteRow } from '@rf/db/directory/place-photos.repository';
import { deletePhotoInput } from '@rf/domain/directory/place-photo';
import { DomainError } from '@rf/domain/errors';
import { deletePhotoQuietly } from '../../photo-files.server.ts';
import { signedInProcedure } from '../../trpc.ts';
import { assertMayManagePhotos } from './place-photo-access.ts';

/** Deletes a photo: its record, then its files (a file left behind by a failed delete is only wasted space). */
export const deletePlacePhoto = signedInProcedure.input(deletePhotoInput).mutation(async ({ ctx, input }) => {
  assertMayManagePhotos(ctx.viewer, input.placeId);
  const path = await deleteRow(ctx.tx, input.placeId, input.photoId);
  if (!path) throw new DomainError('not_found');
  await deletePhotoQuietly(ctx, path);
  return { id: input.photoId };
});
