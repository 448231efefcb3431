// One photo per tool, checked like a place's photos (JPEG, PNG or WebP by their first bytes, 5 MB at most,
// a text alternative): the same rules, the same messages.
import { z } from 'zod';
import { altText } from '../directory/place-photo.ts';

export { checkPhotoFile, PHOTO_MAX_BYTES, photoExtension } from '../directory/place-photo.ts';

const toolId = z.uuid('validation.invalid');

/** The text fields of the upload form (the file is checked by `checkPhotoFile`). */
export const toolPhotoFields = z.object({ toolId, altText });

export const setToolPhotoInput = toolPhotoFields.extend({
  file: z.instanceof(Uint8Array, { error: 'validation.photo.file_required' }),
});

export const removeToolPhotoInput = z.object({ toolId });
