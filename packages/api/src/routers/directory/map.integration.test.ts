import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiHarness, startApiHarness } from '../../testing.ts';

let h: ApiHarness;
const anon = async () => (await h.as()).api.directory;

interface Spec {
  slug: string;
  name: string;
  commune: string;
  lat: number | null;
  lon: number | null;
  services?: string[];
  status?: 'draft' | 'published';
  hidden?: boolean;
  hours?: string;
}

async function insertPlace(s: Spec) {
  await sql`
    insert into public.places (slug, name, address, postal_code, commune_code, latitude, longitude, status,
      hidden_at, hidden_reason, services, opening_hours)
    values (${s.slug}, ${s.name}, '1 place de la Mairie', '29000', ${s.commune}, ${s.lat}, ${s.lon}, ${s.status ?? 'published'},
      ${s.hidden ? new Date().toISOString() : null}, ${s.hidden ? 'Doublon' : null},
      ${s.services ?? []}::text[], ${s.hours ?? null})`.execute(h.db.db);
}

beforeAll(async () => {
  h = await startApiHarness();
  await insertPlace({
    slug: 'fablab-concarneau',
    name: 'Fablab de Concarneau',
    commune: '29039',
    lat: 47.875312,
    lon: -3.918944,
    services: ['Loisirs et créations numériques'],
    hours: '24/7',
  });
  await insertPlace({
    slug: 'mediatheque-quimper',
    name: 'Médiathèque de Quimper',
    commune: '29232',
    lat: 47.996,
    lon: -4.102,
    services: ['Aide aux démarches administratives'],
  });
  await insertPlace({
    slug: 'mediatheque-amiens',
    name: 'Médiathèque d’Amiens',
    commune: '80021',
    lat: 49.894,
    lon: 2.295,
    services: ['Aide aux démarches administratives'],
  });
  // In the list, never on the map: no coordinates (Île-de-Sein has no commune centre to stand on).
  await insertPlace({
    slug: 'sans-position',
    name: 'Médiathèque sans position',
    commune: '29083',
    lat: null,
    lon: null,
  });
  // Never public.
  await insertPlace({
    slug: 'brouillon',
    name: 'Médiathèque brouillon',
    commune: '29039',
    lat: 47.87,
    lon: -3.91,
    status: 'draft',
  });
  await insertPlace({
    slug: 'masque',
    name: 'Médiathèque masquée',
    commune: '29039',
    lat: 47.87,
    lon: -3.91,
    hidden: true,
  });
});
afterAll(() => h.stop());

const slugs = (c: { features: { properties: { slug: string } }[] }) =>
  c.features.map((f) => f.properties.slug).sort();

describe('directory.map', () => {
  it('answers GeoJSON points (longitude first) of every public place with coordinates', async () => {
    const all = await (await anon()).map({ page: 1 });
    expect(all.type).toBe('FeatureCollection');
    expect(all.truncated).toBe(false);
    expect(slugs(all)).toEqual(['fablab-concarneau', 'mediatheque-amiens', 'mediatheque-quimper']);
    const fablab = all.features.find((f) => f.properties.slug === 'fablab-concarneau');
    expect(fablab).toEqual({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [-3.91894, 47.87531] },
      properties: { slug: 'fablab-concarneau', name: 'Fablab de Concarneau', commune: 'Concarneau' },
    });
  });

  it('honours the same filters as the list, on every page', async () => {
    const d = await anon();
    const service = 'Aide aux démarches administratives' as const;
    expect(slugs(await d.map({ service, page: 1 }))).toEqual(['mediatheque-amiens', 'mediatheque-quimper']);
    expect(slugs(await d.map({ q: 'mediateque', departement: '29', page: 1 }))).toEqual([
      'mediatheque-quimper',
    ]);
    expect(slugs(await d.map({ pres: 'Concarneau', rayon: 10, page: 1 }))).toEqual(['fablab-concarneau']);
    expect(slugs(await d.map({ ouvert: '1', page: 1 }))).toEqual(['fablab-concarneau']);
    // The page of the list does not narrow the map.
    expect(slugs(await d.map({ page: 3 }))).toHaveLength(3);
    expect((await d.map({ q: 'zzzyyyxxx', page: 1 })).features).toEqual([]);
  });

  it('finds by typo in the text search, as the list does', async () => {
    const d = await anon();
    const list = await d.search({ q: 'concarnau fablb', page: 1 });
    expect(list.places.map((p) => p.slug)).toEqual(['fablab-concarneau']);
    expect(slugs(await d.map({ q: 'concarnau fablb', page: 1 }))).toEqual(['fablab-concarneau']);
  });
});
