import { describe, expect, it } from 'vitest';
import { phonePhoto } from './photo-fixtures.ts';
import { deletePhoto, photoKeys, photoSources, storePhoto } from './photos.ts';
import { storedFileResponse } from './serve.ts';
import { type FileStorage, InvalidKeyError } from './storage.ts';

export const PNG_BYTES = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
const PDF_BYTES = new TextEncoder().encode('%PDF-1.7\n% a guide\n%%EOF\n');

/**
 * What every `FileStorage` does, whichever store answers (local folder, S3-compatible bucket, Supabase
 * Storage): the apps rely on nothing else. `storage()` gives the store under test (made after the
 * suite's servers started); `prefix` keeps each suite's keys apart.
 */
export function describeStorageContract(
  name: string,
  storage: () => FileStorage,
  { prefix = 'contract' }: { prefix?: string } = {},
) {
  describe(`${name}: the FileStorage contract`, () => {
    const key = (rest: string) => `${prefix}/${rest}`;

    it('keeps a file and gives it back with its media type and size', async () => {
      const store = storage();
      expect(await store.put(key('a/photo.png'), PNG_BYTES, { contentType: 'image/png' })).toEqual({
        key: key('a/photo.png'),
        size: PNG_BYTES.byteLength,
      });
      expect(await store.get(key('a/photo.png'))).toEqual({
        body: PNG_BYTES,
        contentType: 'image/png',
        size: PNG_BYTES.byteLength,
      });
      await store.put(key('a/guide.pdf'), PDF_BYTES, { contentType: 'application/pdf' });
      expect((await store.get(key('a/guide.pdf')))?.contentType).toBe('application/pdf');
    });

    it('answers null for a missing file, and deletes twice without failing', async () => {
      const store = storage();
      expect(await store.get(key('none/photo.png'))).toBeNull();
      await store.put(key('b/photo.png'), PNG_BYTES, { contentType: 'image/png' });
      await store.delete(key('b/photo.png'));
      await store.delete(key('b/photo.png'));
      expect(await store.get(key('b/photo.png'))).toBeNull();
    });

    it('refuses unsafe keys before any access', async () => {
      const store = storage();
      for (const bad of ['../secret.png', '/etc/passwd', 'a/../../b.png', '.env', 'a//b', '']) {
        await expect(store.get(bad)).rejects.toBeInstanceOf(InvalidKeyError);
        await expect(store.put(bad, PNG_BYTES, { contentType: 'image/png' })).rejects.toBeInstanceOf(
          InvalidKeyError,
        );
        await expect(store.delete(bad)).rejects.toBeInstanceOf(InvalidKeyError);
        expect(() => store.publicUrl(bad)).toThrow(InvalidKeyError);
      }
    });

    it('is served by the media route: the bytes with cache headers, 304 on revalidation, 404 when missing', async () => {
      const store = storage();
      await store.put(key('c/photo.png'), PNG_BYTES, { contentType: 'image/png' });
      const request = new Request(`http://site.test/medias/${key('c/photo.png')}`);
      const ok = await storedFileResponse(store, key('c/photo.png'), request);
      expect(ok.status).toBe(200);
      expect(ok.headers.get('content-type')).toBe('image/png');
      expect(ok.headers.get('content-length')).toBe(String(PNG_BYTES.byteLength));
      expect(ok.headers.get('cache-control')).toContain('immutable');
      expect(new Uint8Array(await ok.arrayBuffer())).toEqual(PNG_BYTES);
      const again = await storedFileResponse(
        store,
        key('c/photo.png'),
        new Request(request.url, { headers: { 'if-none-match': ok.headers.get('etag') ?? '' } }),
      );
      expect(again.status).toBe(304);
      expect((await storedFileResponse(store, key('c/none.png'), request)).status).toBe(404);
    });

    it('keeps a re-encoded photo as its renditions, and deletes them all', async () => {
      const store = storage();
      const path = await storePhoto(store, key('photos'), await phonePhoto(1000, 500));
      expect(photoKeys(path)).toHaveLength(3);
      for (const rendition of photoKeys(path))
        expect((await store.get(rendition))?.contentType).toBe('image/webp');
      expect(photoSources(store, path).src).toBe(store.publicUrl(path));
      await deletePhoto(store, path);
      for (const rendition of photoKeys(path)) expect(await store.get(rendition)).toBeNull();
    });
  });
}
