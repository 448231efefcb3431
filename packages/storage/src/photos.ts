import { randomUUID } from 'node:crypto';
import sharp from 'sharp';
import type { FileStorage } from './storage.ts';

// Photos people upload (places, tools) are never kept as sent: they are decoded, turned upright from their
// EXIF orientation, converted to sRGB, resized and encoded again as WebP, which leaves every piece of
// metadata behind (EXIF with the GPS position and the device, XMP, IPTC, ICC profile, comments). Decision 035.

/** The widths pages choose from (`srcset`): a phone, a tablet or a 2x phone, a large screen. */
export const PHOTO_WIDTHS = [480, 960, 1600] as const;
export const PHOTO_CONTENT_TYPE = 'image/webp';
/** More pixels than a 50-megapixel phone photo is refused before it is decoded (a "decompression bomb"). */
const MAX_INPUT_PIXELS = 100_000_000;
const WEBP_QUALITY = 80;

/** The bytes could not be decoded as an image (a truncated or damaged file behind valid first bytes). */
export class UnreadablePhotoError extends Error {
  constructor(cause: unknown) {
    super('the photo could not be decoded', { cause });
  }
}

export interface PhotoRendition {
  width: number;
  height: number;
  body: Uint8Array;
}

/** The rendition widths of a photo `width` pixels wide (once upright): never larger than the photo itself. */
export function renditionWidths(width: number): number[] {
  const largest = Math.min(width, Math.max(...PHOTO_WIDTHS));
  return [...PHOTO_WIDTHS.filter((w) => w < largest), largest];
}

/** Decodes a photo and encodes its renditions (smallest first), upright, in sRGB, without any metadata. */
export async function renderPhoto(bytes: Uint8Array): Promise<PhotoRendition[]> {
  const open = () => sharp(bytes, { failOn: 'error', limitInputPixels: MAX_INPUT_PIXELS });
  try {
    const { width } = (await open().metadata()).autoOrient;
    return await Promise.all(
      renditionWidths(width).map(async (target) => {
        // No `keepMetadata`/`withMetadata`: sharp writes no EXIF, XMP, IPTC or ICC chunk.
        const { data, info } = await open()
          .autoOrient()
          .resize({ width: target, withoutEnlargement: true })
          .toColourspace('srgb')
          .webp({ quality: WEBP_QUALITY })
          .toBuffer({ resolveWithObject: true });
        return { width: info.width, height: info.height, body: new Uint8Array(data) };
      }),
    );
  } catch (error) {
    throw new UnreadablePhotoError(error);
  }
}

const RENDITION =
  /^(.+\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})-([1-9][0-9]{0,4})\.webp$/;

/**
 * A stored photo is one path (`place_photos.storage_path`, `tools.photo_path`): the key of its largest
 * rendition, `<folder>/<uuid>-<width>.webp`; the smaller ones are `<folder>/<uuid>-<w>.webp` for each
 * standard width below it. A path of another shape is a photo stored before decision 035 (the demo data):
 * one file, served as it is.
 */
export function photoRenditions(path: string): { key: string; width: number | null }[] {
  const match = RENDITION.exec(path);
  if (!match) return [{ key: path, width: null }];
  const [, base, largest] = match as unknown as [string, string, string];
  return renditionWidths(Number(largest)).map((width) => ({ key: `${base}-${width}.webp`, width }));
}

/** Every key a stored photo occupies (to delete it). */
export const photoKeys = (path: string): string[] => photoRenditions(path).map((r) => r.key);

/** What an `<img>` needs: `src` (the largest rendition) and `srcSet` (null for a photo stored as one file). */
export function photoSources(storage: FileStorage, path: string): { src: string; srcSet: string | null } {
  const renditions = photoRenditions(path);
  const srcSet = renditions.every((r) => r.width !== null)
    ? renditions.map((r) => `${storage.publicUrl(r.key)} ${r.width}w`).join(', ')
    : null;
  return { src: storage.publicUrl(path), srcSet };
}

/**
 * Re-encodes an uploaded photo and stores its renditions under `<folder>/<new uuid>-<width>.webp`; the
 * upload itself is never stored. Answers the path to record. Nothing is left behind when a write fails.
 * Throws `UnreadablePhotoError` when the bytes are not a decodable image.
 */
export async function storePhoto(storage: FileStorage, folder: string, bytes: Uint8Array): Promise<string> {
  const renditions = await renderPhoto(bytes);
  const base = `${folder}/${randomUUID()}`;
  const keys = renditions.map((r) => `${base}-${r.width}.webp`);
  try {
    for (const [i, rendition] of renditions.entries())
      await storage.put(keys[i] as string, rendition.body, { contentType: PHOTO_CONTENT_TYPE });
  } catch (error) {
    await Promise.all(keys.map((key) => storage.delete(key).catch(() => undefined)));
    throw error;
  }
  return keys.at(-1) as string;
}

/** Deletes every file of a stored photo (deleting a missing one is not an error). */
export async function deletePhoto(storage: FileStorage, path: string): Promise<void> {
  await Promise.all(photoKeys(path).map((key) => storage.delete(key)));
}
