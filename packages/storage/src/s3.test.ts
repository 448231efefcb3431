import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStorage, parseStorageEnv } from './config.ts';
import { createS3Storage, type S3StorageOptions } from './s3.ts';
import { storedFileResponse } from './serve.ts';
import { StorageError } from './storage.ts';
import { describeStorageContract, PNG_BYTES } from './storage-contract.ts';
import { type S3TestServer, startS3TestServer } from './testing.ts';

const BUCKET = 'photos';
let s3: S3TestServer;
beforeAll(async () => {
  s3 = await startS3TestServer({ bucket: BUCKET });
});
afterAll(() => s3.stop());

const options = (overrides: Partial<S3StorageOptions> = {}): S3StorageOptions => ({
  endpoint: s3.endpoint,
  region: 'us-east-1',
  bucket: BUCKET,
  accessKeyId: s3.accessKeyId,
  secretAccessKey: s3.secretAccessKey,
  ...overrides,
});

/** A port nothing listens on (taken, then released). */
async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((done) => probe.listen(0, '127.0.0.1', done));
  const { port } = probe.address() as { port: number };
  await new Promise((done) => probe.close(done));
  return port;
}

/** The error a promise failed with, checked to be a StorageError. */
async function failure(promise: Promise<unknown>): Promise<StorageError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(StorageError);
  return error as StorageError;
}

describeStorageContract('S3-compatible bucket', () => createS3Storage(options()), { prefix: 's3' });

describe('S3-compatible bucket', () => {
  it('stores the media type and a long cache for the objects, readable at the public URL when one is set', async () => {
    const storage = createS3Storage(options({ publicBaseUrl: `${s3.endpoint}/${BUCKET}/` }));
    await storage.put('places/p1/a.png', PNG_BYTES, { contentType: 'image/png' });
    const url = storage.publicUrl('places/p1/a.png');
    expect(url).toBe(`${s3.endpoint}/${BUCKET}/places/p1/a.png`);
    // What a browser (or a CDN) gets from the bucket itself, without credentials.
    const response = await fetch(url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/png');
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(PNG_BYTES);
  });

  it("is served by the apps' media route when the bucket has no public URL", async () => {
    const storage = createS3Storage(options());
    expect(storage.kind).toBe('s3');
    expect(storage.publicUrl('places/p1/a.png')).toBe('/medias/places/p1/a.png');
  });

  it('is what the environment chooses with S3_BUCKET, and reaches the bucket', async () => {
    const choice = parseStorageEnv({
      NODE_ENV: 'production',
      ...s3.env,
    });
    expect(choice.kind).toBe('s3');
    const storage = createStorage({ localRoot: '/nonexistent', ...(choice.kind === 's3' ? choice : {}) });
    await storage.put('env/a.png', PNG_BYTES, { contentType: 'image/png' });
    expect((await storage.get('env/a.png'))?.size).toBe(PNG_BYTES.byteLength);
  });

  it('reports refused credentials clearly, naming what to check and never the secret', async () => {
    const wrongSecret = createS3Storage(options({ secretAccessKey: 'not-the-secret-3f9a1c' }));
    const refusedPut = await failure(
      wrongSecret.put('places/p2/a.png', PNG_BYTES, { contentType: 'image/png' }),
    );
    expect(refusedPut.reason).toBe('credentials');
    expect(refusedPut.message).toMatch(
      /S3 refused the credentials.*SignatureDoesNotMatch.*S3_SECRET_ACCESS_KEY/,
    );
    expect(refusedPut.message).not.toContain('not-the-secret-3f9a1c');
    // A read is refused the same way, not taken for a missing file (which would answer 404 and hide it).
    await createS3Storage(options()).put('places/p2/b.png', PNG_BYTES, { contentType: 'image/png' });
    expect((await failure(wrongSecret.get('places/p2/b.png'))).reason).toBe('credentials');
    await expect(
      storedFileResponse(
        wrongSecret,
        'places/p2/b.png',
        new Request('http://site.test/medias/places/p2/b.png'),
      ),
    ).rejects.toBeInstanceOf(StorageError);
    expect((await failure(wrongSecret.delete('places/p2/b.png'))).reason).toBe('credentials');

    const unknownKey = createS3Storage(options({ accessKeyId: 'AKIAUNKNOWN' }));
    const refused = await failure(unknownKey.get('places/p2/b.png'));
    expect(refused.reason).toBe('credentials');
    expect(refused.message).toMatch(/InvalidAccessKeyId.*S3_ACCESS_KEY_ID/);
  });

  it('reports a missing bucket and an unreachable server as such', async () => {
    const noBucket = await failure(
      createS3Storage(options({ bucket: 'no-such-bucket' })).put('a.png', PNG_BYTES, {
        contentType: 'image/png',
      }),
    );
    expect(noBucket.reason).toBe('misconfigured');
    expect(noBucket.message).toMatch(/no bucket no-such-bucket.*S3_BUCKET/);
    expect((await failure(createS3Storage(options({ bucket: 'no-such-bucket' })).get('a.png'))).reason).toBe(
      'misconfigured',
    );

    const down = createS3Storage(
      options({ endpoint: `http://127.0.0.1:${await closedPort()}`, timeoutMs: 1_000 }),
    );
    const unreachable = await failure(down.get('a.png'));
    expect(unreachable.reason).toBe('unavailable');
    expect(unreachable.message).toMatch(/could not be reached.*S3_ENDPOINT/);
  });
});
