import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { photoKeys, storedFileResponse } from '@rf/storage';
import { metadataOf, PHONE_PHOTO_SECRETS, phonePhoto } from '@rf/storage/photo-fixtures';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeError } from '../../errors.ts';
import { type ApiHarness, startApiHarness } from '../../testing.ts';

// A real 1×1 PNG, and a JPEG as a phone sends it (device, GPS position, XMP, ICC profile; made in beforeAll).
const PNG = Uint8Array.from(
  Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
    'base64',
  ),
);
let JPEG: Uint8Array<ArrayBuffer>;
/** Nothing of what a stored or served photo may carry besides its pixels. */
const NO_METADATA = {
  format: 'webp',
  exif: false,
  gps: false,
  xmp: false,
  icc: false,
  iptc: false,
  secrets: [],
};
const keyOf = (url: string | undefined) => (url ?? '').replace('/medias/', '');

let h: ApiHarness;
let storageDir: string;
let place: string;
let kept: string;
const signedIn: Record<string, string[]> = {};

const api = async (who?: string) => (await h.as(who ? signedIn[who] : [])).api;
const error = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (e: unknown) => describeError(e),
  );
async function signIn(email: string, password: string) {
  const scope = await h.as();
  await scope.api.identity.signIn({ email, password });
  return scope.cookies;
}

beforeAll(async () => {
  JPEG = await phonePhoto(2400, 1800);
  storageDir = await mkdtemp(join(tmpdir(), 'rf-place-photos-'));
  h = await startApiHarness({ env: { STORAGE_DIR: storageDir } });
  const insert = async (slug: string, name: string) =>
    (
      await sql<{
        id: string;
      }>`insert into public.places (slug, name, address, commune_code, postal_code, status)
        values (${slug}, ${name}, '1 rue du Port', '29039', '29900', 'published') returning id`.execute(
        h.db.db,
      )
    ).rows[0]?.id ?? '';
  place = await insert('atelier-du-port', 'Atelier du Port');
  kept = await insert('atelier-du-port-bis', 'Atelier du Port (bis)');
  await h.createPerson({
    email: 'admin@test.fr',
    password: 'mot-de-passe-admin',
    networkRole: 'network_admin',
  });
  await h.createPerson({
    email: 'gestion@test.fr',
    password: 'mot-de-passe-g',
    places: [{ placeId: place, role: 'manager' }],
  });
  await h.createPerson({
    email: 'membre@test.fr',
    password: 'mot-de-passe-m',
    places: [{ placeId: place, role: 'member' }],
  });
  signedIn.admin = await signIn('admin@test.fr', 'mot-de-passe-admin');
  signedIn.manager = await signIn('gestion@test.fr', 'mot-de-passe-g');
  signedIn.member = await signIn('membre@test.fr', 'mot-de-passe-m');
});
afterAll(async () => {
  await h.stop();
  await rm(storageDir, { recursive: true, force: true });
});

describe('place photos', () => {
  it('lets a manager add photos, stored in the storage, counted by completeness and shown publicly', async () => {
    const manager = await api('manager');
    expect((await manager.directoryAdmin.placeProfile({ placeId: place })).completeness.missing).toContain(
      'photo',
    );
    await manager.directoryAdmin.addPlacePhoto({ placeId: place, altText: 'La façade bleue', file: PNG });
    await manager.directoryAdmin.addPlacePhoto({ placeId: place, altText: ' La salle ', file: JPEG });
    const profile = await manager.directoryAdmin.placeProfile({ placeId: place });
    expect(profile.completeness.missing).not.toContain('photo');
    expect(profile.photos.map((p) => p.altText)).toEqual(['La façade bleue', 'La salle']);
    const [cover, second] = profile.photos;
    // A 1×1 PNG is not enlarged: one rendition, as wide as the photo.
    expect(cover?.url).toMatch(/^\/medias\/places\/[0-9a-f-]+\/[0-9a-f-]+-1\.webp$/);
    expect(cover?.srcSet).toBe(`${cover?.url} 1w`);
    const stored = await h.services.storage.get(keyOf(cover?.url));
    expect(stored?.contentType).toBe('image/webp');
    expect(await metadataOf(stored?.body ?? PNG)).toMatchObject({ ...NO_METADATA, width: 1, height: 1 });
    // The phone photo is resized to the three widths pages use.
    expect(second?.url).toMatch(/-1600\.webp$/);
    const base = second?.url.replace(/-1600\.webp$/, '');
    expect(second?.srcSet).toBe(`${base}-480.webp 480w, ${base}-960.webp 960w, ${base}-1600.webp 1600w`);

    const page = await (await api()).directory.place({ slug: 'atelier-du-port' });
    expect(page.photos).toEqual([
      { url: cover?.url, srcSet: cover?.srcSet, altText: 'La façade bleue' },
      { url: second?.url, srcSet: second?.srcSet, altText: 'La salle' },
    ]);
  });

  it('keeps no metadata of an uploaded photo (no GPS position, no device) in what it stores and serves', async () => {
    expect(await metadataOf(JPEG)).toMatchObject({
      format: 'jpeg',
      exif: true,
      gps: true,
      xmp: true,
      icc: true,
    });
    expect((await metadataOf(JPEG)).secrets).toEqual([...PHONE_PHOTO_SECRETS]);
    const photo = (await (await api('manager')).directoryAdmin.placeProfile({ placeId: place })).photos[1];
    const keys = photoKeys(keyOf(photo?.url));
    expect(keys).toHaveLength(3);
    // Only the renditions are in the storage folder: the upload itself was never written.
    const folder = join(storageDir, `places/${place}`);
    const files = (await readdir(folder)).filter((name) => !name.startsWith('.'));
    expect(files.every((name) => name.endsWith('.webp'))).toBe(true);
    for (const [i, key] of keys.entries()) {
      const stored = await h.services.storage.get(key);
      const width = [480, 960, 1600][i];
      expect(await metadataOf(stored?.body ?? JPEG)).toMatchObject({
        ...NO_METADATA,
        width,
        height: (width ?? 0) * 0.75,
      });
      // What the media route sends is exactly that file.
      const served = await storedFileResponse(
        h.services.storage,
        key,
        new Request(`http://localhost/medias/${key}`),
      );
      expect(served.headers.get('content-type')).toBe('image/webp');
      const bytes = new Uint8Array(await served.arrayBuffer());
      expect(bytes).toEqual(stored?.body);
      expect(await metadataOf(bytes)).toMatchObject(NO_METADATA);
    }
  });

  it('does not enlarge a small photo', async () => {
    const manager = await api('manager');
    const { id } = await manager.directoryAdmin.addPlacePhoto({
      placeId: place,
      altText: 'Le détail',
      file: await phonePhoto(300, 200),
    });
    const photo = (await manager.directoryAdmin.placeProfile({ placeId: place })).photos.find(
      (p) => p.id === id,
    );
    expect(photo?.url).toMatch(/-300\.webp$/);
    expect(photo?.srcSet).toBe(`${photo?.url} 300w`);
    expect(await metadataOf((await h.services.storage.get(keyOf(photo?.url)))?.body ?? PNG)).toMatchObject({
      ...NO_METADATA,
      width: 300,
      height: 200,
    });
    await manager.directoryAdmin.deletePlacePhoto({ placeId: place, photoId: id });
  });

  it('refuses what is not a JPEG, PNG or WebP photo, a missing description, and people who do not manage it', async () => {
    const manager = await api('manager');
    const pdf = new TextEncoder().encode('%PDF-1.7 pretending to be a photo');
    expect(
      await error(manager.directoryAdmin.addPlacePhoto({ placeId: place, altText: 'Un plan', file: pdf })),
    ).toEqual({
      code: 'invalid_input',
      fieldErrors: { photo: 'validation.photo.type' },
    });
    // Right first bytes, but no image behind them.
    const broken = Uint8Array.from([
      0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0xff, 0xd9,
    ]);
    expect(
      await error(manager.directoryAdmin.addPlacePhoto({ placeId: place, altText: 'Abîmée', file: broken })),
    ).toEqual({
      code: 'invalid_input',
      fieldErrors: { photo: 'validation.photo.unreadable' },
    });
    expect(
      await error(manager.directoryAdmin.addPlacePhoto({ placeId: place, altText: '  ', file: PNG })),
    ).toEqual({
      code: 'invalid_input',
      fieldErrors: { altText: 'validation.photo.alt_required' },
    });
    const large = new Uint8Array(5 * 1024 * 1024 + 1);
    large.set(PNG);
    expect(
      (
        await error(
          manager.directoryAdmin.addPlacePhoto({ placeId: place, altText: 'Trop grande', file: large }),
        )
      )?.fieldErrors,
    ).toEqual({ photo: 'validation.photo.too_large' });
    const member = await api('member');
    expect(
      (await error(member.directoryAdmin.addPlacePhoto({ placeId: place, altText: 'Moi aussi', file: PNG })))
        ?.code,
    ).toBe('forbidden');
    expect(
      (
        await error(
          (await api()).directoryAdmin.addPlacePhoto({ placeId: place, altText: 'Anonyme', file: PNG }),
        )
      )?.code,
    ).toBe('unauthenticated');
    expect((await manager.directoryAdmin.placeProfile({ placeId: place })).photos).toHaveLength(2);
  });

  it('reorders photos (a new cover) and deletes one with its file', async () => {
    const manager = await api('manager');
    const before = (await manager.directoryAdmin.placeProfile({ placeId: place })).photos;
    const [first, second] = before;
    await manager.directoryAdmin.movePlacePhoto({ placeId: place, photoId: second?.id ?? '', move: 'cover' });
    const after = (await manager.directoryAdmin.placeProfile({ placeId: place })).photos;
    expect(after.map((p) => p.id)).toEqual([second?.id, first?.id]);

    await manager.directoryAdmin.deletePlacePhoto({ placeId: place, photoId: second?.id ?? '' });
    const left = (await manager.directoryAdmin.placeProfile({ placeId: place })).photos;
    expect(left.map((p) => p.id)).toEqual([first?.id]);
    for (const key of photoKeys(keyOf(second?.url))) expect(await h.services.storage.get(key)).toBeNull();
    const positions = await sql<{ position: number }>`select position from public.place_photos
      where place_id = ${place}`.execute(h.db.db);
    expect(positions.rows).toEqual([{ position: 0 }]);
  });
});

describe('place merge through the API', () => {
  it('previews, merges once, and leads the old address to the kept place', async () => {
    const admin = await api('admin');
    const preview = await admin.directoryAdmin.mergePreview({ duplicateId: place, q: 'port', keptId: kept });
    expect(preview.candidates.map((c) => c.id)).toEqual([kept]);
    expect(preview.kept?.decision).toEqual({ kind: 'ready' });
    expect(preview.kept?.moves).toEqual([
      { subject: 'place_memberships', table: 'place_memberships', n: 2 },
      { subject: 'place_photos', table: 'place_photos', n: 1 },
    ]);
    expect(
      (await error((await api('manager')).directoryAdmin.mergePlaces({ duplicateId: place, keptId: kept })))
        ?.code,
    ).toBe('forbidden');

    expect(await admin.directoryAdmin.mergePlaces({ duplicateId: place, keptId: kept })).toEqual({
      keptId: kept,
      outcome: 'merged',
    });
    expect(await admin.directoryAdmin.mergePlaces({ duplicateId: place, keptId: kept })).toEqual({
      keptId: kept,
      outcome: 'already_merged',
    });
    const visitor = await api();
    expect(await visitor.directory.placeMovedTo({ slug: 'atelier-du-port' })).toEqual({
      slug: 'atelier-du-port-bis',
    });
    expect((await visitor.directory.place({ slug: 'atelier-du-port-bis' })).photos).toHaveLength(1);
    // The manager of the duplicate now manages the kept place, photos included.
    const profile = await (await api('manager')).directoryAdmin.placeProfile({ placeId: kept });
    expect(profile.photos).toHaveLength(1);
  });

  it('refuses merging a place into itself', async () => {
    expect(
      (await error((await api('admin')).directoryAdmin.mergePlaces({ duplicateId: kept, keptId: kept })))
        ?.fieldErrors,
    ).toEqual({ keptId: 'validation.place_merge.same_place' });
  });
});
