import { insertPlacePhoto, listPlacePhotos } from '@rf/db/directory/place-photos.repository';
import { withServiceRole } from '@rf/db/service';
import { addPhotoInput, checkPhotoFile, PHOTOS_PER_PLACE } from '@rf/domain/directory/place-photo';
import { DomainError } from '@rf/domain/errors';
import { deletePhotoQuietly, storeUploadedPhoto } from '../../photo-files.server.ts';
import { signedInProcedure } from '../../trpc.ts';
import { fieldError } from './field-error.ts';
import { assertMayManagePhotos } from './place-photo-access.ts';

/**
 * Adds a photo to a place (its managers, network admins): the bytes must be a JPEG, PNG or WebP image of
 * 5 MB at most, recognised by its first bytes. The photo is re-encoded without its metadata into
 * renditions stored under a new key (decision 035), then recorded; when the record is refused the files
 * are removed again. Only the server writes a storage path (decision 031): the record is made with the
 * service role, once the viewer is known to manage the place.
 */
export const addPlacePhoto = signedInProcedure.input(addPhotoInput).mutation(async ({ ctx, input }) => {
  assertMayManagePhotos(ctx.viewer, input.placeId);
  const checked = checkPhotoFile(input.file);
  if ('error' in checked) throw fieldError('photo', checked.error);
  const existing = await listPlacePhotos(ctx.tx, input.placeId);
  if (existing.length >= PHOTOS_PER_PLACE) throw fieldError('photo', 'validation.photo.too_many');
  const path = await storeUploadedPhoto(ctx, `places/${input.placeId}`, input.file);
  try {
    const id = await withServiceRole(ctx.services.db, 'place photo record', (tx) =>
      insertPlacePhoto(tx, { placeId: input.placeId, storagePath: path, altText: input.altText }),
    );
    return { id };
  } catch (error) {
    await deletePhotoQuietly(ctx, path);
    if ((error as { code?: string }).code === '23503') throw new DomainError('not_found');
    throw error;
  }
});
