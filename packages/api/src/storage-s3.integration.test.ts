import { photoKeys, storedFileResponse } from '@rf/storage';
import { phonePhoto } from '@rf/storage/photo-fixtures';
import { type S3TestServer, startS3TestServer } from '@rf/storage/testing';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiHarness, startApiHarness } from './testing.ts';

// The services configured as production would be with shared object storage (decision 046): S3_* pointing
// at a real S3-compatible server, photos going through the real procedures.
let s3: S3TestServer;
let h: ApiHarness;
let place: string;
let manager: string[];

beforeAll(async () => {
  s3 = await startS3TestServer({ bucket: 'rf-photos' });
  h = await startApiHarness({ env: s3.env });
  place =
    (
      await sql<{
        id: string;
      }>`insert into public.places (slug, name, address, commune_code, postal_code, status)
        values ('atelier-s3', 'Atelier S3', '1 rue du Port', '29039', '29900', 'published') returning id`.execute(
        h.db.db,
      )
    ).rows[0]?.id ?? '';
  await h.createPerson({
    email: 'gestion@test.fr',
    password: 'mot-de-passe-g',
    places: [{ placeId: place, role: 'manager' }],
  });
  const scope = await h.as();
  await scope.api.identity.signIn({ email: 'gestion@test.fr', password: 'mot-de-passe-g' });
  manager = scope.cookies;
});
afterAll(async () => {
  await h.stop();
  await s3.stop();
});

describe('place photos in an S3-compatible bucket', () => {
  it('stores every rendition in the bucket, serves them through the media route, and deletes them all', async () => {
    expect(h.services.storage.kind).toBe('s3');
    const { api } = await h.as(manager);
    const { id } = await api.directoryAdmin.addPlacePhoto({
      placeId: place,
      altText: 'La façade',
      file: await phonePhoto(1200, 900),
    });
    const photo = (await api.directoryAdmin.placeProfile({ placeId: place })).photos.find((p) => p.id === id);
    // No public URL configured: the bucket stays private and the apps' media route serves the files.
    expect(photo?.url).toMatch(/^\/medias\/places\/[0-9a-f-]+\/[0-9a-f-]+-1200\.webp$/);
    const keys = photoKeys((photo?.url ?? '').replace('/medias/', ''));
    expect(keys).toHaveLength(3);
    for (const key of keys) {
      // In the bucket itself, as another instance of the apps would read it.
      const object = await fetch(`${s3.endpoint}/${s3.bucket}/${key}`);
      expect(object.status).toBe(200);
      expect(object.headers.get('content-type')).toBe('image/webp');
      const served = await storedFileResponse(
        h.services.storage,
        key,
        new Request(`http://localhost/medias/${key}`),
      );
      expect(served.status).toBe(200);
      expect(new Uint8Array(await served.arrayBuffer())).toEqual(new Uint8Array(await object.arrayBuffer()));
    }

    await api.directoryAdmin.deletePlacePhoto({ placeId: place, photoId: id });
    for (const key of keys) {
      expect((await fetch(`${s3.endpoint}/${s3.bucket}/${key}`)).status).toBe(404);
      expect(await h.services.storage.get(key)).toBeNull();
    }
  });
});
