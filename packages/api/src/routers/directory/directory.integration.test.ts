import { readFileSync } from 'node:fs';
import { withSession } from '@rf/db';
import { countingStatements } from '@rf/db/testing/count-statements';
import type { DirectorySearch } from '@rf/domain/directory/search';
import { STANDARD_COLUMNS, toStandardCsv } from '@rf/domain/directory/standard-export';
import { Ajv } from 'ajv';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiHarness, startApiHarness } from '../../testing.ts';
import { directoryFacets } from './facets.ts';
import { searchDirectory } from './search.ts';

let h: ApiHarness;
const anon = async () => (await h.as()).api.directory;

interface Spec {
  slug: string;
  name: string;
  commune: string;
  postal: string;
  lat?: number;
  lon?: number;
  status?: 'draft' | 'published';
  hidden?: boolean;
  hours?: string;
  services?: string[];
  kinds?: string[];
  fees?: string[];
  support?: string[];
  qpv?: boolean;
  rural?: boolean;
  summary?: string;
  hub?: string;
}

async function insertPlace(s: Spec): Promise<string> {
  const { rows } = await sql<{ id: string }>`
    insert into public.places (slug, name, kinds, address, postal_code, commune_code, latitude, longitude,
      status, hidden_at, hidden_reason, opening_hours, services, fees, specific_support, is_qpv, is_rural,
      summary, hub_fabrique_id)
    values (${s.slug}, ${s.name}, ${s.kinds ?? ['TIERS_LIEUX']}::text[], '1 place de la Mairie', ${s.postal},
      ${s.commune}, ${s.lat ?? null}, ${s.lon ?? null}, ${s.status ?? 'published'},
      ${s.hidden ? new Date().toISOString() : null}, ${s.hidden ? 'Doublon' : null}, ${s.hours ?? null},
      ${s.services ?? []}::text[], ${s.fees ?? []}::text[], ${s.support ?? []}::text[], ${s.qpv ?? false},
      ${s.rural ?? false}, ${s.summary ?? null}, ${s.hub ?? null})
    returning id`.execute(h.db.db);
  const id = rows[0]?.id;
  if (!id) throw new Error('no id');
  return id;
}

let fabriqueId: string;

beforeAll(async () => {
  h = await startApiHarness();
  fabriqueId = await insertPlace({
    slug: 'konk-ar-lab',
    name: 'Konk Ar Lab',
    commune: '29039',
    postal: '29900',
    lat: 47.8753,
    lon: -3.9189,
    kinds: ['FABLAB', 'FABRIQUE'],
    hours: '24/7',
    services: ['Loisirs et créations numériques'],
    fees: ['Gratuit'],
    rural: true,
    summary: 'Fab lab de la baie',
  });
  await sql`insert into public.place_labels (place_id, label_id, granted_on)
    select ${fabriqueId}, id, '2020-02-03' from public.labels where code = 'fabrique_territoire'`.execute(
    h.db.db,
  );
  await insertPlace({
    slug: 'mediatheque-concarneau',
    name: 'Médiathèque de Concarneau',
    commune: '29039',
    postal: '29900',
    lat: 47.871,
    lon: -3.915,
    kinds: ['BIB'],
    hours: 'Mo-Su 00:00-00:01',
    services: ['Aide aux démarches administratives'],
    fees: ['Gratuit'],
    support: ['Surdité'],
    hub: fabriqueId,
  });
  await insertPlace({
    slug: 'espace-numerique-quimper',
    name: 'Espace numérique de Quimper',
    commune: '29232',
    postal: '29000',
    lat: 47.996,
    lon: -4.102,
    services: ['Aide aux démarches administratives'],
    fees: ['Payant'],
    qpv: true,
  });
  await insertPlace({
    slug: 'la-machinerie',
    name: 'La Machinerie',
    commune: '80021',
    postal: '80000',
    lat: 49.894,
    lon: 2.295,
    services: ['Aide aux démarches administratives'],
  });
  await insertPlace({
    slug: 'brouillon',
    name: 'Médiathèque brouillon',
    commune: '29039',
    postal: '29900',
    status: 'draft',
  });
  await insertPlace({
    slug: 'masque',
    name: 'Médiathèque masquée',
    commune: '29039',
    postal: '29900',
    hidden: true,
  });
});
afterAll(() => h.stop());

const slugs = (r: { places: { slug: string }[] }) => r.places.map((p) => p.slug);

describe('directory.search', () => {
  it('forgives accents, typos and word order', async () => {
    const d = await anon();
    expect(slugs(await d.search({ q: 'mediatheque', page: 1 }))).toEqual(['mediatheque-concarneau']);
    expect(slugs(await d.search({ q: 'concarnau', page: 1 }))).toEqual(
      expect.arrayContaining(['mediatheque-concarneau', 'konk-ar-lab']),
    );
    expect(slugs(await d.search({ q: 'Concarneau médiathèque', page: 1 }))).toEqual([
      'mediatheque-concarneau',
    ]);
    expect(slugs(await d.search({ q: 'machinrie', page: 1 }))).toEqual(['la-machinerie']);
    expect((await d.search({ q: 'zzzyyyxxx', page: 1 })).total).toBe(0);
  });

  it('never lists drafts or hidden places, whoever asks', async () => {
    const all = await (await anon()).search({ page: 1 });
    expect(all.total).toBe(4);
    expect(slugs(all)).not.toContain('brouillon');
    expect(slugs(all)).not.toContain('masque');
    const admin = await h.createPerson({
      email: 'admin@test.fr',
      password: 'mot-de-passe-admin',
      networkRole: 'network_admin',
    });
    expect(admin).toBeTruthy();
    const { api, cookies } = await h.as();
    await api.identity.signIn({ email: 'admin@test.fr', password: 'mot-de-passe-admin' });
    const asAdmin = (await h.as(cookies)).api.directory;
    expect((await asAdmin.search({ q: 'mediatheque', page: 1 })).total).toBe(1);
  });

  it('orders by distance from a commune or a postcode', async () => {
    const d = await anon();
    const fromQuimper = await d.search({ pres: 'Quimper', page: 1 });
    expect(fromQuimper.near).toEqual({ status: 'found', commune: 'Quimper' });
    expect(slugs(fromQuimper)[0]).toBe('espace-numerique-quimper');
    expect(slugs(fromQuimper).at(-1)).toBe('la-machinerie');
    const within = await d.search({ pres: '29900', rayon: 10, page: 1 });
    expect(slugs(within).sort()).toEqual(['konk-ar-lab', 'mediatheque-concarneau']);
    expect(within.places[0]?.distanceKm).toBeLessThan(1);
    expect((await d.search({ pres: 'Xyzwvut', page: 1 })).near.status).toBe('unknown');
  });

  it('filters by open now, with the opening_hours rules', async () => {
    const open = await (await anon()).search({ ouvert: '1', page: 1 });
    // Konk Ar Lab is open 24/7; the médiathèque opens one minute a day; the others publish no hours.
    expect(slugs(open)).toEqual(['konk-ar-lab']);
    expect(open.places[0]?.openNow).toBe(true);
  });

  it('combines filters', async () => {
    const d = await anon();
    const service = 'Aide aux démarches administratives' as const;
    expect((await d.search({ service, page: 1 })).total).toBe(3);
    expect(slugs(await d.search({ service, frais: 'Gratuit', page: 1 }))).toEqual(['mediatheque-concarneau']);
    expect(slugs(await d.search({ service, territoire: 'qpv', page: 1 }))).toEqual([
      'espace-numerique-quimper',
    ]);
    expect(slugs(await d.search({ territoire: 'rural', label: 'fabrique_territoire', page: 1 }))).toEqual([
      'konk-ar-lab',
    ]);
    expect(slugs(await d.search({ prise_en_charge: 'Surdité', departement: '29', page: 1 }))).toEqual([
      'mediatheque-concarneau',
    ]);
    expect((await d.search({ region: '32', page: 1 })).total).toBe(1);
    expect(slugs(await d.search({ typologie: 'FABLAB', page: 1 }))).toEqual(['konk-ar-lab']);
  });

  it('pages with a total that holds past the last page', async () => {
    const past = await (await anon()).search({ page: 5 });
    expect(past.places).toEqual([]);
    expect(past.total).toBe(4);
    expect(past.pageCount).toBe(1);
  });
});

describe('directory.searchPage', () => {
  // What `searchPage` runs in its transaction (its `begin` and `commit` aside), once the per-instance caches
  // (facets, totals by filters, communes searched) are warm: each statement costs the Node process more
  // than most of these queries cost Postgres (issue 15).
  const scenarios: [string, DirectorySearch, number][] = [
    ['no filter', { page: 1 }, 2],
    ['text search', { q: 'mediatheque concarnau', page: 1 }, 2],
    [
      'service and département',
      { service: 'Aide aux démarches administratives', departement: '29', page: 1 },
      2,
    ],
    ['near a commune', { pres: 'Quimper', page: 1 }, 2],
    ['near a postcode, within a radius', { pres: '29900', rayon: 10, page: 1 }, 2],
    ['open now', { ouvert: '1', page: 1 }, 3],
  ];
  for (const [name, input, expected] of scenarios) {
    it(`answers "${name}" in ${expected} statements, as the procedure does`, async () => {
      const page = async () =>
        withSession(h.db.db, null, async (tx) => {
          const counted = countingStatements(tx);
          const results = await searchDirectory(counted.tx, input);
          const facets = await directoryFacets(counted.tx);
          return { results, facets, statements: counted.statements };
        });
      await page();
      const { statements, ...warm } = await page();
      expect(statements).toBe(expected);
      expect(warm).toEqual(await (await anon()).searchPage(input));
      expect(warm.results.total).toBeGreaterThan(0);
    });
  }

  it('shows the labels of the cards in every path', async () => {
    const d = await anon();
    const konk = (r: { places: { slug: string; labels: { code: string }[] }[] }) =>
      r.places.find((p) => p.slug === 'konk-ar-lab')?.labels.map((l) => l.code);
    for (const input of [
      { page: 1 },
      { q: 'konk', page: 1 },
      { pres: 'Concarneau', page: 1 },
      { pres: 'Concarneau', rayon: 10, page: 1 },
      { ouvert: '1', page: 1 },
    ] satisfies DirectorySearch[])
      expect(konk((await d.searchPage(input)).results), JSON.stringify(input)).toEqual([
        'fabrique_territoire',
      ]);
  });
});

describe('directory.place', () => {
  it('shows a fabrique with its hub, labels and hours', async () => {
    const page = await (await anon()).place({ slug: 'konk-ar-lab' });
    expect(page.isFabrique).toBe(true);
    expect(page.hubPlaces.map((p) => p.slug)).toEqual(['mediatheque-concarneau']);
    expect(page.labels.map((l) => [l.code, l.grantedOn, l.current])).toEqual([
      ['fabrique_territoire', '2020-02-03', true],
    ]);
    expect(page.openingHours?.openNow).toBe(true);
    expect(page.commune).toBe('Concarneau');
  });

  it('shows the place’s public tools and resources, with links to their whole lists', async () => {
    for (let i = 1; i <= 8; i += 1)
      await sql`insert into public.tools (place_id, name, usage, status)
        values (${fabriqueId}, ${`Outil ${i}`}, ${i === 1 ? 'lendable' : 'on_site'}, 'published')`.execute(
        h.db.db,
      );
    await sql`insert into public.tools (place_id, name, status) values (${fabriqueId}, 'Brouillon', 'draft')`.execute(
      h.db.db,
    );
    await sql`insert into public.resources (place_id, title, url, status) values
      (${fabriqueId}, 'Guide du smartphone', 'https://exemple.fr/guide.pdf', 'published'),
      (${fabriqueId}, 'Guide en préparation', 'https://exemple.fr/brouillon.pdf', 'draft')`.execute(h.db.db);
    const page = await (await anon()).place({ slug: 'konk-ar-lab' });
    expect(page.tools).toHaveLength(6);
    expect(page.toolCount).toBe(8);
    expect(page.tools.map((tool) => tool.name)).not.toContain('Brouillon');
    expect(page.resources).toEqual([
      expect.objectContaining({
        title: 'Guide du smartphone',
        href: 'https://exemple.fr/guide.pdf',
        file: false,
      }),
    ]);
    expect(page.moreResources).toBe(false);
    const other = await (await anon()).place({ slug: 'mediatheque-concarneau' });
    expect([other.tools, other.resources]).toEqual([[], []]);
  });

  it('shows a place its fabrique, and hides drafts and hidden places', async () => {
    const d = await anon();
    expect((await d.place({ slug: 'mediatheque-concarneau' })).fabrique?.slug).toBe('konk-ar-lab');
    await expect(d.place({ slug: 'brouillon' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(d.place({ slug: 'masque' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

/** The standard is a Frictionless table schema: its field constraints, as a JSON schema for ajv. */
function standardJsonSchema() {
  const table = JSON.parse(
    readFileSync(new URL('../../../../domain/src/directory/fixtures/schema.json', import.meta.url), 'utf8'),
  ) as {
    fields: {
      name: string;
      type: string;
      constraints?: { required?: boolean; pattern?: string; maxLength?: number };
    }[];
  };
  const properties: Record<string, object> = {};
  const required: string[] = [];
  for (const f of table.fields) {
    const c = f.constraints ?? {};
    if (c.required) required.push(f.name);
    properties[f.name] =
      f.type === 'number'
        ? { type: 'number' }
        : f.type === 'date'
          ? { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' }
          : {
              type: 'string',
              ...(c.pattern ? { pattern: c.pattern } : {}),
              ...(c.maxLength ? { maxLength: c.maxLength } : {}),
            };
  }
  return {
    fields: table.fields.map((f) => f.name),
    schema: { type: 'object', properties, required, additionalProperties: false },
  };
}

describe('directory.export', () => {
  it('exports every public place, valid against the national standard', async () => {
    const records = await (await anon()).export();
    expect(records.map((r) => r.nom)).toEqual([
      'Espace numérique de Quimper',
      'Konk Ar Lab',
      'La Machinerie',
      'Médiathèque de Concarneau',
    ]);
    const { fields, schema } = standardJsonSchema();
    const validate = new Ajv({ allErrors: true }).compile(schema);
    for (const record of records) expect(validate(record), JSON.stringify(validate.errors)).toBe(true);
    expect(records.find((r) => r.nom === 'Konk Ar Lab')?.formations_labels).toBe('Fabriques de Territoire');
    expect(toStandardCsv(records).split('\r\n')[0]).toBe(fields.join(','));
    expect(fields).toEqual([...STANDARD_COLUMNS]);
  });
});
