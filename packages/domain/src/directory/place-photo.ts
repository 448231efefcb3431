import { z } from 'zod';

// Photos of a place: JPEG, PNG or WebP recognised by their first bytes (never by the name or the type the
// browser claims), 5 MB at most, each with a text alternative. The first photo (position 0) is the cover.

export const PHOTO_MAX_BYTES = 5 * 1024 * 1024;
export const PHOTOS_PER_PLACE = 12;
export const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
export type PhotoType = (typeof PHOTO_TYPES)[number];

const EXTENSIONS: Record<PhotoType, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
};

const startsWith = (bytes: Uint8Array, signature: readonly number[], at = 0) =>
  bytes.length >= at + signature.length && signature.every((byte, i) => bytes[at + i] === byte);

/** The image type by its magic bytes, or null for anything else (a renamed PDF, an SVG, an HTML page…). */
export function detectPhotoType(bytes: Uint8Array): PhotoType | null {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  // RIFF····WEBP
  if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8))
    return 'image/webp';
  return null;
}

export const photoExtension = (type: PhotoType): string => EXTENSIONS[type];

/** What is wrong with an uploaded file (a catalogue key), or its type when it is a photo we accept. */
export function checkPhotoFile(bytes: Uint8Array): { type: PhotoType } | { error: string } {
  if (bytes.byteLength === 0) return { error: 'validation.photo.file_required' };
  if (bytes.byteLength > PHOTO_MAX_BYTES) return { error: 'validation.photo.too_large' };
  const type = detectPhotoType(bytes);
  return type ? { type } : { error: 'validation.photo.type' };
}

const placeId = z.uuid('validation.invalid');

export const altText = z
  .string({ error: 'validation.photo.alt_required' })
  .trim()
  .min(1, 'validation.photo.alt_required')
  .max(300, 'validation.photo.alt_too_long');

/** The text fields of the upload form (the file is checked by `checkPhotoFile`). */
export const addPhotoFields = z.object({ placeId, altText });

export const addPhotoInput = addPhotoFields.extend({
  file: z.instanceof(Uint8Array, { error: 'validation.photo.file_required' }),
});
export type AddPhotoInput = z.infer<typeof addPhotoInput>;

export const PHOTO_MOVES = ['up', 'down', 'cover'] as const;
export type PhotoMove = (typeof PHOTO_MOVES)[number];

export const movePhotoInput = z.object({
  placeId,
  photoId: z.uuid('validation.invalid'),
  move: z.enum(PHOTO_MOVES, { error: 'validation.invalid' }),
});

export const deletePhotoInput = z.object({ placeId, photoId: z.uuid('validation.invalid') });

/** The new order of a place's photos (ids, cover first) after one move; unchanged when it cannot move. */
export function reorderPhotos(ids: readonly string[], photoId: string, move: PhotoMove): string[] {
  const from = ids.indexOf(photoId);
  if (from < 0) return [...ids];
  const to =
    move === 'cover' ? 0 : move === 'up' ? Math.max(0, from - 1) : Math.min(ids.length - 1, from + 1);
  const order = ids.filter((id) => id !== photoId);
  order.splice(to, 0, photoId);
  return order;
}
