import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLocalStorage } from './local.ts';
import { storedFileResponse } from './serve.ts';
import { isSafeKey } from './storage.ts';
import { describeStorageContract } from './storage-contract.ts';

let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'rf-storage-'));
});
afterAll(() => rm(root, { recursive: true, force: true }));

describeStorageContract('local folder', () => createLocalStorage({ root: join(root, 'contract') }));

const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);

describe('local file storage', () => {
  it('keeps a file and gives it back with its type and size', async () => {
    const storage = createLocalStorage({ root });
    await storage.put('places/a/photo.png', png, { contentType: 'image/png' });
    const file = await storage.get('places/a/photo.png');
    expect(file).toEqual({ body: png, contentType: 'image/png', size: png.byteLength });
    expect(storage.publicUrl('places/a/photo.png')).toBe('/medias/places/a/photo.png');
    // No partial file is left next to it.
    expect(await readdir(join(root, 'places/a'))).toEqual(['photo.png']);
  });

  it('answers null for a missing file and deletes twice without failing', async () => {
    const storage = createLocalStorage({ root });
    await storage.put('places/b/photo.png', png, { contentType: 'image/png' });
    await storage.delete('places/b/photo.png');
    await storage.delete('places/b/photo.png');
    expect(await storage.get('places/b/photo.png')).toBeNull();
  });

  it('refuses keys that would leave the folder, and a type that does not match the key', async () => {
    const storage = createLocalStorage({ root: join(root, 'inner') });
    await writeFile(join(root, 'secret.png'), png);
    for (const key of ['../secret.png', '/etc/passwd', 'a/../../secret.png', 'a\\..\\b.png', '.env', 'a//b'])
      await expect(storage.get(key)).rejects.toThrow(/invalid storage key/);
    await expect(storage.put('x.png', png, { contentType: 'image/jpeg' })).rejects.toThrow(/does not match/);
  });

  it('tells safe keys apart', () => {
    expect(isSafeKey('places/0b9c/8f1e-4.webp')).toBe(true);
    expect(isSafeKey('places/..hidden/x.png')).toBe(false);
    expect(isSafeKey('')).toBe(false);
    expect(isSafeKey('a/%2e%2e/x.png')).toBe(false);
  });
});

describe('the media route response', () => {
  it('serves a file with cache headers, and 404 for a missing or unsafe key', async () => {
    const storage = createLocalStorage({ root });
    await storage.put('places/c/photo.png', png, { contentType: 'image/png' });
    const request = new Request('http://site.test/medias/places/c/photo.png');
    const ok = await storedFileResponse(storage, 'places/c/photo.png', request);
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-type')).toBe('image/png');
    expect(ok.headers.get('content-length')).toBe(String(png.byteLength));
    expect(ok.headers.get('cache-control')).toContain('immutable');
    expect(new Uint8Array(await ok.arrayBuffer())).toEqual(png);

    const again = await storedFileResponse(
      storage,
      'places/c/photo.png',
      new Request(request.url, { headers: { 'if-none-match': ok.headers.get('etag') ?? '' } }),
    );
    expect(again.status).toBe(304);
    expect((await storedFileResponse(storage, 'places/c/none.png', request)).status).toBe(404);
    expect((await storedFileResponse(storage, '../../etc/passwd', request)).status).toBe(404);
  });
});

describe('demo files', () => {
  it('are read from the shipped folder when the storage has none, and only under demo/', async () => {
    const demoRoot = join(root, 'shipped');
    const { mkdir } = await import('node:fs/promises');
    await mkdir(join(demoRoot, 'demo/places'), { recursive: true });
    await mkdir(join(demoRoot, 'places'), { recursive: true });
    await writeFile(join(demoRoot, 'demo/places/a.png'), png);
    await writeFile(join(demoRoot, 'places/b.png'), png);
    const storage = createLocalStorage({ root: join(root, 'with-demo'), demoRoot });
    expect((await storage.get('demo/places/a.png'))?.size).toBe(png.byteLength);
    expect(await storage.get('places/b.png')).toBeNull();
  });
});
