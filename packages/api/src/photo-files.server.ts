import { checkPhotoFile } from '@rf/domain/directory/place-photo';
import { deletePhoto, storePhoto, UnreadablePhotoError } from '@rf/storage';
import { fieldError } from './routers/directory-admin/field-error.ts';
import type { Services } from './services.server.ts';

type PhotoServices = { services: Pick<Services, 'storage' | 'logger'> };

/**
 * The one way an uploaded photo (a place's, a tool's) is stored: checked (JPEG, PNG or WebP by its first
 * bytes, 5 MB at most), then re-encoded without any metadata into its renditions under `folder`
 * (decision 035). Answers the path to record; a refusal is an error next to the `photo` field.
 */
export async function storeUploadedPhoto(
  ctx: PhotoServices,
  folder: string,
  file: Uint8Array,
): Promise<string> {
  const checked = checkPhotoFile(file);
  if ('error' in checked) throw fieldError('photo', checked.error);
  try {
    return await storePhoto(ctx.services.storage, folder, file);
  } catch (error) {
    if (error instanceof UnreadablePhotoError) throw fieldError('photo', 'validation.photo.unreadable');
    throw error;
  }
}

/** Deletes every file of a stored photo; a file left behind is only wasted space: logged, never fatal. */
export async function deletePhotoQuietly(ctx: PhotoServices, path: string): Promise<void> {
  await deletePhoto(ctx.services.storage, path).catch((error: unknown) => {
    ctx.services.logger.warn({ err: error, path }, 'photo file not deleted');
  });
}
