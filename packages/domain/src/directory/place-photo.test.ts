import { describe, expect, it } from 'vitest';
import {
  addPhotoFields,
  checkPhotoFile,
  detectPhotoType,
  PHOTO_MAX_BYTES,
  reorderPhotos,
} from './place-photo.ts';

const bytes = (...values: number[]) => new Uint8Array(values);
const ascii = (text: string) => new TextEncoder().encode(text);

describe('detectPhotoType', () => {
  it('recognises JPEG, PNG and WebP by their first bytes', () => {
    expect(detectPhotoType(bytes(0xff, 0xd8, 0xff, 0xe0, 0))).toBe('image/jpeg');
    expect(detectPhotoType(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0))).toBe('image/png');
    expect(detectPhotoType(ascii('RIFF\u0001\u0002\u0003\u0004WEBPVP8 '))).toBe('image/webp');
  });

  it('refuses anything else, whatever its name would say', () => {
    expect(detectPhotoType(ascii('%PDF-1.7'))).toBeNull();
    expect(detectPhotoType(ascii('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeNull();
    expect(detectPhotoType(ascii('RIFF\u0001\u0002\u0003\u0004WAVE'))).toBeNull();
    expect(detectPhotoType(bytes(0xff, 0xd8))).toBeNull();
  });
});

describe('checkPhotoFile', () => {
  it('asks for a file, refuses a large one and a wrong type', () => {
    expect(checkPhotoFile(new Uint8Array())).toEqual({ error: 'validation.photo.file_required' });
    const large = new Uint8Array(PHOTO_MAX_BYTES + 1);
    large.set([0xff, 0xd8, 0xff]);
    expect(checkPhotoFile(large)).toEqual({ error: 'validation.photo.too_large' });
    expect(checkPhotoFile(ascii('GIF89a'))).toEqual({ error: 'validation.photo.type' });
    expect(checkPhotoFile(bytes(0xff, 0xd8, 0xff, 0xdb))).toEqual({ type: 'image/jpeg' });
  });
});

describe('addPhotoFields', () => {
  it('requires a text alternative', () => {
    const result = addPhotoFields.safeParse({
      placeId: '0b0e6d6e-6a1c-4a5c-9f7e-000000000001',
      altText: '  ',
    });
    expect(result.error?.issues[0]).toMatchObject({
      path: ['altText'],
      message: 'validation.photo.alt_required',
    });
  });
});

describe('reorderPhotos', () => {
  it('moves a photo up, down or to the cover, and stays put at the ends', () => {
    expect(reorderPhotos(['a', 'b', 'c'], 'c', 'cover')).toEqual(['c', 'a', 'b']);
    expect(reorderPhotos(['a', 'b', 'c'], 'b', 'up')).toEqual(['b', 'a', 'c']);
    expect(reorderPhotos(['a', 'b', 'c'], 'b', 'down')).toEqual(['a', 'c', 'b']);
    expect(reorderPhotos(['a', 'b', 'c'], 'a', 'up')).toEqual(['a', 'b', 'c']);
    expect(reorderPhotos(['a', 'b', 'c'], 'c', 'down')).toEqual(['a', 'b', 'c']);
    expect(reorderPhotos(['a', 'b'], 'z', 'up')).toEqual(['a', 'b']);
  });
});
