import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLocalStorage } from './local.ts';
import { metadataOf, PHONE_PHOTO_SECRETS, phonePhoto } from './photo-fixtures.ts';
import {
  deletePhoto,
  photoKeys,
  photoSources,
  renderPhoto,
  renditionWidths,
  storePhoto,
  UnreadablePhotoError,
} from './photos.ts';
import { storedFileResponse } from './serve.ts';

let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'rf-photos-'));
});
afterAll(() => rm(root, { recursive: true, force: true }));

const clean = {
  format: 'webp',
  exif: false,
  gps: false,
  xmp: false,
  icc: false,
  iptc: false,
  comments: false,
  secrets: [],
};

describe('re-encoding an uploaded photo', () => {
  it('starts from a phone photo that really carries its device, GPS position, XMP and ICC profile', async () => {
    const input = await metadataOf(await phonePhoto(2000, 1000));
    expect(input).toMatchObject({ format: 'jpeg', exif: true, gps: true, xmp: true, icc: true });
    expect(input.secrets).toEqual([...PHONE_PHOTO_SECRETS]);
  });

  it('makes WebP renditions 480, 960 and 1600 wide of a large photo, with no metadata at all', async () => {
    const renditions = await renderPhoto(await phonePhoto(2000, 1000));
    expect(renditions.map((r) => [r.width, r.height])).toEqual([
      [480, 240],
      [960, 480],
      [1600, 800],
    ]);
    for (const rendition of renditions)
      expect(await metadataOf(rendition.body)).toMatchObject({ ...clean, width: rendition.width });
  });

  it('never enlarges a small photo, and turns it upright from its EXIF orientation first', async () => {
    const small = await renderPhoto(await phonePhoto(300, 200));
    expect(small.map((r) => [r.width, r.height])).toEqual([[300, 200]]);
    // Taken sideways: stored 1200×600 with "rotate 90°", it is a 600×1200 portrait.
    const sideways = await renderPhoto(await phonePhoto(1200, 600, 6));
    expect(sideways.map((r) => [r.width, r.height])).toEqual([
      [480, 960],
      [600, 1200],
    ]);
    expect(await metadataOf(sideways[1]?.body ?? new Uint8Array())).toMatchObject({
      ...clean,
      orientation: undefined,
    });
  });

  it('refuses bytes that only look like an image', async () => {
    const truncated = (await phonePhoto(800, 600)).slice(0, 400);
    await expect(renderPhoto(truncated)).rejects.toBeInstanceOf(UnreadablePhotoError);
    const jfifHeaderOnly = new Uint8Array([
      0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0xff, 0xd9,
    ]);
    await expect(renderPhoto(jfifHeaderOnly)).rejects.toBeInstanceOf(UnreadablePhotoError);
  });

  it('keeps the widths a sequence of standard widths capped by the photo', () => {
    expect(renditionWidths(4000)).toEqual([480, 960, 1600]);
    expect(renditionWidths(1600)).toEqual([480, 960, 1600]);
    expect(renditionWidths(961)).toEqual([480, 960, 961]);
    expect(renditionWidths(480)).toEqual([480]);
    expect(renditionWidths(12)).toEqual([12]);
  });
});

describe('stored photos', () => {
  it('keeps only the renditions (never the upload), serves them clean, derives their URLs from one path', async () => {
    const storage = createLocalStorage({ root });
    const path = await storePhoto(storage, 'places/p1', await phonePhoto(1000, 750));
    expect(path).toMatch(/^places\/p1\/[0-9a-f-]{36}-1000\.webp$/);
    const base = path.replace(/-1000\.webp$/, '');
    expect(photoKeys(path)).toEqual([`${base}-480.webp`, `${base}-960.webp`, path]);
    expect((await readdir(join(root, 'places/p1'))).sort()).toEqual(
      photoKeys(path)
        .map((key) => key.slice('places/p1/'.length))
        .sort(),
    );
    expect(photoSources(storage, path)).toEqual({
      src: `/medias/${path}`,
      srcSet: `/medias/${base}-480.webp 480w, /medias/${base}-960.webp 960w, /medias/${path} 1000w`,
    });
    for (const [key, width] of [
      [`${base}-480.webp`, 480],
      [`${base}-960.webp`, 960],
      [path, 1000],
    ] as const) {
      const response = await storedFileResponse(storage, key, new Request(`http://site.test/medias/${key}`));
      expect(response.headers.get('content-type')).toBe('image/webp');
      const served = new Uint8Array(await response.arrayBuffer());
      expect(await metadataOf(served)).toMatchObject({ ...clean, width });
    }
    await deletePhoto(storage, path);
    expect(await readdir(join(root, 'places/p1'))).toEqual([]);
  });

  it('serves a photo stored before re-encoding (the demo data) as its one file', () => {
    const storage = createLocalStorage({ root });
    expect(photoSources(storage, 'demo/places/konk-ar-lab/atelier.jpg')).toEqual({
      src: '/medias/demo/places/konk-ar-lab/atelier.jpg',
      srcSet: null,
    });
    const legacy = 'places/p1/0b9c1e2a-3f4d-4e5f-8a6b-123456789012.webp';
    expect(photoKeys(legacy)).toEqual([legacy]);
  });

  it('leaves nothing behind when a write fails', async () => {
    const written: string[] = [];
    const deleted: string[] = [];
    const failing = {
      ...createLocalStorage({ root }),
      async put(key: string) {
        if (written.length === 1) throw new Error('disk full');
        written.push(key);
        return { key, size: 0 };
      },
      async delete(key: string) {
        deleted.push(key);
      },
    };
    await expect(storePhoto(failing, 'tools/t1', await phonePhoto(1000, 500))).rejects.toThrow('disk full');
    expect(deleted).toEqual(expect.arrayContaining(written));
  });
});
