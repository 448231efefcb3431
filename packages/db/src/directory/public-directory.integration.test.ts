// The directory's text search through the lexicon (migration 20261206120855, decision 041) finds and orders
// places exactly as the rule it replaced: each word matches by French full text (prefix, stemmed) or by
// trigram word similarity with the place's whole search document, ranked by full-text rank + similarity to
// the document + similarity to the name, then by name and id. The reference below is that rule, run as the
// owner on a generated network; the lexicon follows every insert, update and delete of a place.
import { searchWords } from '@rf/domain/directory/search';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Tx, withSession } from '../rls.ts';
import { loadNetwork } from '../seed/network.ts';
import { countingStatements } from '../testing/count-statements.ts';
import { createTestDatabase, type TestDatabase } from '../testing/index.ts';
import { countNetwork, currentLabelsOf } from './network-overview.repository.ts';
import {
  listDirectoryFacets,
  listPublicPlaceCards,
  listPublicPlaceHours,
  type PlaceSearchFilters,
  type PlaceSearchRow,
  RANKED_IDS_KEPT,
  resolveNearPoint,
  resolveNearPointCached,
  searchPublicPlaces,
} from './public-directory.repository.ts';
import { clearPublicFiguresCache } from './public-figures-cache.ts';

let t: TestDatabase;

beforeAll(async () => {
  t = await createTestDatabase();
  await loadNetwork(t.db, { seed: 15, fabriques: 40, places: 240 });
});
afterAll(() => t.drop());

/** The former rule, on the whole document, as the owner: ids in the list's order. */
async function reference(words: string[]): Promise<string[]> {
  const matches = words.map(
    (w) =>
      sql`(p.search_vector @@ to_tsquery('french'::regconfig, ${`${w}:*`}) or ${w} operator(extensions.<%) p.search_document)`,
  );
  const rank = words.map(
    (w) =>
      sql`(ts_rank(p.search_vector, to_tsquery('french'::regconfig, ${`${w}:*`})) + extensions.word_similarity(${w}, p.search_document) + extensions.word_similarity(${w}, private.unaccent(lower(p.name))))`,
  );
  const { rows } = await sql<{ id: string }>`
    select p.id from public.places p
    where p.status = 'published' and p.hidden_at is null and ${sql.join(matches, sql` and `)}
    order by (${sql.join(rank, sql` + `)}) desc, p.name, p.id`.execute(t.db);
  return rows.map((r) => r.id);
}

/**
 * The cards' labels (a JSON column of the page's statement) are what `currentLabelsOf`, the statement they
 * replaced, says for the same places; `labelled` counts the cards with some, so that a test can say it
 * compared something.
 */
async function expectCardLabels(places: PlaceSearchRow[]): Promise<number> {
  const labels = await withSession(t.db, null, (tx) =>
    currentLabelsOf(
      tx,
      places.map((p) => p.id),
    ),
  );
  for (const p of places) expect(p.labels, p.slug).toEqual(labels.get(p.id) ?? []);
  return places.filter((p) => p.labels.length > 0).length;
}

async function search(q: string) {
  return withSession(t.db, null, (tx) =>
    searchPublicPlaces(tx, { words: searchWords(q) }, { limit: 5_000, offset: 0 }),
  );
}

describe('directory text search', () => {
  const queries = [
    'atelir numerik',
    'numerique',
    'numeriq',
    'informatiq',
    'fablab',
    'fab lab',
    'tiers lieu',
    'concarnau',
    'maison partage',
    'impresion',
    'reparation velo',
    'zzzqqq',
  ];
  for (const q of queries) {
    it(`finds and orders "${q}" as the whole-document rule did`, async () => {
      const expected = await reference(searchWords(q));
      const found = await search(q);
      expect(found.places.map((p) => p.id)).toEqual(expected);
      expect(found.total).toBe(expected.length);
      await expectCardLabels(found.places);
    });
  }

  it('pages a ranked search with its total on every page, past the last one too (decision 068)', async () => {
    const words = searchWords('atelir numérique');
    const all = await reference(words);
    expect(all.length).toBeGreaterThan(25);
    for (const offset of [0, 20, all.length - 3, all.length + 20]) {
      const found = await withSession(t.db, null, (tx) =>
        searchPublicPlaces(tx, { words }, { limit: 20, offset }),
      );
      expect(found.places.map((p) => p.id)).toEqual(all.slice(offset, offset + 20));
      expect(found.total).toBe(all.length);
      await expectCardLabels(found.places);
    }
  });

  it('keeps a ranked search’s first pages per instance, and ranks again after any write to places (decision 072)', async () => {
    // A typo in a word nearly every place has: more matches than the ids kept.
    const words = searchWords('donnees generes');
    const all = await reference(words);
    expect(all.length).toBeGreaterThan(RANKED_IDS_KEPT + 20);
    const pageAt = (offset: number) =>
      withSession(t.db, null, (tx) => searchPublicPlaces(tx, { words }, { limit: 20, offset }));
    clearPublicFiguresCache();
    // The first page ranks and keeps; the next ones and a page past the kept ids are still the rule's.
    for (const offset of [0, 20, RANKED_IDS_KEPT - 20, RANKED_IDS_KEPT, all.length - 5]) {
      const found = await pageAt(offset);
      expect(
        found.places.map((p) => p.id),
        `offset ${offset}`,
      ).toEqual(all.slice(offset, offset + 20));
      expect(found.total).toBe(all.length);
    }
    // Hidden by its team: gone from the kept ranking at once, and the places after it move up.
    const second = all[1] ?? '';
    await sql`update public.places set hidden_at = now(), hidden_reason = 'test' where id = ${second}`.execute(
      t.db,
    );
    try {
      const found = await pageAt(0);
      expect(found.places.map((p) => p.id)).toEqual(all.filter((id) => id !== second).slice(0, 20));
      expect(found.total).toBe(all.length - 1);
    } finally {
      await sql`update public.places set hidden_at = null, hidden_reason = null where id = ${second}`.execute(
        t.db,
      );
    }
    expect((await pageAt(0)).places.map((p) => p.id)).toEqual(all.slice(0, 20));
  });

  it('forgives a typo in a word of the name, and follows renames, new places and deletions', async () => {
    const { rows } = await sql<{ id: string; slug: string }>`
      select id, slug from public.places where status = 'published' and hidden_at is null
      order by slug limit 1`.execute(t.db);
    const place = rows[0];
    if (!place) throw new Error('no public place');
    await sql`update public.places set name = 'Quincaillerie Zéphyrine' where id = ${place.id}`.execute(t.db);
    expect((await search('zephyrin')).places.map((p) => p.slug)).toEqual([place.slug]);
    expect((await search('quincailleri zephyrine')).places.map((p) => p.slug)).toEqual([place.slug]);
    expect(await search('zephyrin')).toMatchObject({ total: 1 });

    await sql`update public.places set name = 'Atelier Bartholomé' where id = ${place.id}`.execute(t.db);
    expect((await search('zephyrin')).places).toEqual([]);
    expect((await search('bartholome')).places.map((p) => p.slug)).toEqual([place.slug]);
    expect((await search('bartholome')).places.map((p) => p.id)).toEqual(await reference(['bartholome']));

    await sql`delete from public.place_labels where place_id = ${place.id}`.execute(t.db);
    await sql`update public.places set hub_fabrique_id = null where hub_fabrique_id = ${place.id}`.execute(
      t.db,
    );
    await sql`delete from public.places where id = ${place.id}`.execute(t.db);
    expect((await search('bartholome')).places).toEqual([]);
    const { rows: left } = await sql<{ n: number }>`
      select count(*)::int as n from private.place_search_words where place_id = ${place.id}`.execute(t.db);
    expect(left[0]?.n).toBe(0);
  });
});

describe('directory list without words', () => {
  it('counts every public place, pages in name order, and says the total past the last page', async () => {
    const { rows } = await sql<{ id: string }>`
      select id from public.places where status = 'published' and hidden_at is null order by name, id`.execute(
      t.db,
    );
    const all = rows.map((r) => r.id);
    const first = await withSession(t.db, null, (tx) =>
      searchPublicPlaces(tx, { words: [] }, { limit: 20, offset: 0 }),
    );
    expect(first.total).toBe(all.length);
    expect(first.places.map((p) => p.id)).toEqual(all.slice(0, 20));
    const last = await withSession(t.db, null, (tx) =>
      searchPublicPlaces(tx, { words: [] }, { limit: 20, offset: all.length - 5 }),
    );
    expect(last.total).toBe(all.length);
    expect(last.places.map((p) => p.id)).toEqual(all.slice(-5));
    const past = await withSession(t.db, null, (tx) =>
      searchPublicPlaces(tx, { words: [] }, { limit: 20, offset: all.length + 20 }),
    );
    expect(past).toEqual({ total: all.length, places: [] });
    const every = await withSession(t.db, null, (tx) =>
      searchPublicPlaces(tx, { words: [] }, { limit: 5_000, offset: 0 }),
    );
    expect(every.places.map((p) => p.id)).toEqual(all);
    expect(await expectCardLabels(every.places)).toBeGreaterThan(10);
  });

  it('shows a label once however many of its grants are current, and none ended or to come', async () => {
    const { rows } = await sql<{ id: string; label_id: string }>`
      select pl.place_id as id, pl.label_id from public.place_labels pl
      join public.places p on p.id = pl.place_id where p.status = 'published' and p.hidden_at is null
      order by p.name, p.id limit 1`.execute(t.db);
    const held = rows[0];
    if (!held) throw new Error('no labelled place');
    await sql`insert into public.place_labels (place_id, label_id, granted_on, ends_on) values
      (${held.id}, ${held.label_id}, '2019-01-01', null),
      (${held.id}, (select id from public.labels where id <> ${held.label_id} order by code limit 1), '2001-01-01', '2002-01-01'),
      (${held.id}, (select id from public.labels where id <> ${held.label_id} order by code desc limit 1), current_date + 3, null)`.execute(
      t.db,
    );
    const ids = [held.id];
    const cards = await withSession(t.db, null, (tx) => listPublicPlaceCards(tx, ids, { words: [] }));
    expect(cards.map((c) => c.id)).toEqual(ids);
    expect(await expectCardLabels(cards)).toBe(1);
    const every = await withSession(t.db, null, (tx) =>
      searchPublicPlaces(tx, { words: [] }, { limit: 5_000, offset: 0 }),
    );
    await expectCardLabels(every.places);
  });

  it('counts a search by filters as the rule does, and follows writes at once, cached or not', async () => {
    /** The total and the ids as a plain query over every public place says them. */
    async function expected(f: PlaceSearchFilters) {
      const { rows } = await sql<{ id: string }>`
        select p.id from public.places p left join public.communes c on c.code = p.commune_code
        where p.status = 'published' and p.hidden_at is null
          and (${f.kind ?? null}::text is null or ${f.kind ?? null} = any (p.kinds))
          and (${f.service ?? null}::text is null or ${f.service ?? null} = any (p.services))
          and (${f.departementCode ?? null}::text is null or c.departement_code = ${f.departementCode ?? null})
          and (${f.labelCode ?? null}::text is null or exists (select 1 from public.place_labels pl
            join public.labels l on l.id = pl.label_id where pl.place_id = p.id and l.code = ${f.labelCode ?? null}
              and pl.granted_on <= current_date and (pl.ends_on is null or pl.ends_on >= current_date)))
        order by p.name, p.id`.execute(t.db);
      return rows.map((r) => r.id);
    }
    const { rows: picked } = await sql<{ departement: string; service: string; kind: string }>`
      select c.departement_code as departement, p.services[1] as service, p.kinds[1] as kind
      from public.places p join public.communes c on c.code = p.commune_code
      where p.status = 'published' and p.hidden_at is null and cardinality(p.services) > 0
      group by 1, 2, 3 order by count(*) desc limit 1`.execute(t.db);
    const { departement, service, kind } = picked[0] ?? {};
    if (!departement || !service || !kind) throw new Error('no filters to try');
    const searches: PlaceSearchFilters[] = [
      { words: [] },
      { words: [], departementCode: departement },
      { words: [], kind },
      { words: [], labelCode: 'fabrique_territoire' },
      { words: [], service },
      { words: [], service, departementCode: departement },
    ];
    async function check() {
      for (const f of searches) {
        const ids = await expected(f);
        for (const limit of [3, 5_000]) {
          const found = await withSession(t.db, null, (tx) =>
            searchPublicPlaces(tx, f, { limit, offset: 0 }),
          );
          expect(found.total, JSON.stringify(f)).toBe(ids.length);
          expect(found.places.map((p) => p.id)).toEqual(ids.slice(0, limit));
        }
      }
    }
    clearPublicFiguresCache();
    await check();
    await check();
    // A place of the département hidden, then its service removed, then shown again: each total follows.
    const target = (await expected({ words: [], service, departementCode: departement }))[0] as string;
    await sql`update public.places set hidden_at = now(), hidden_reason = 'test' where id = ${target}`.execute(
      t.db,
    );
    await check();
    await sql`update public.places set hidden_at = null, hidden_reason = null where id = ${target}`.execute(
      t.db,
    );
    await sql`update public.places set services = array_remove(services, ${service}) where id = ${target}`.execute(
      t.db,
    );
    await check();
    await sql`update public.places set services = services || array[${service}] where id = ${target}`.execute(
      t.db,
    );
    await check();
  });

  it('offers the territories, labels and kinds of public places in one statement', async () => {
    const facets = await withSession(t.db, null, (tx) => listDirectoryFacets(tx));
    const { rows } = await sql<{ code: string }>`
      select distinct c.departement_code as code from public.places p join public.communes c on c.code = p.commune_code
      where p.status = 'published' and p.hidden_at is null order by 1`.execute(t.db);
    expect(facets.departements.map((d) => d.code)).toEqual(rows.map((r) => r.code));
    expect(facets.regions.length).toBeGreaterThan(0);
    expect(facets.labels.length).toBeGreaterThan(0);
    expect(facets.kinds).toEqual([...facets.kinds].sort());
  });
});

describe('directory near a point', () => {
  const near = { latitude: 47.87, longitude: -3.92 };

  /** The former order, by the great-circle distance (places without coordinates last), then name and id. */
  async function reference(radiusKm?: number): Promise<string[]> {
    const distance = sql`extensions.earth_distance(extensions.ll_to_earth(${near.latitude}, ${near.longitude}),
      extensions.ll_to_earth(p.latitude, p.longitude)) / 1000`;
    const { rows } = await sql<{ id: string }>`
      select p.id from public.places p
      where p.status = 'published' and p.hidden_at is null
        and (${radiusKm ?? null}::float8 is null or ${distance} <= ${radiusKm ?? null}::float8)
      order by ${distance} asc nulls last, p.name, p.id`.execute(t.db);
    return rows.map((r) => r.id);
  }

  async function page(limit: number, offset: number, radiusKm?: number) {
    return withSession(t.db, null, (tx) =>
      searchPublicPlaces(tx, { words: [], near: { ...near, radiusKm } }, { limit, offset }),
    );
  }

  it('pages every public place nearest first, those without coordinates last, as the distance ordered them', async () => {
    // The generated network has no coordinates: made up from the ids, in metropolitan France, but for a few
    // places, so that the pages cross from the located ones to the others.
    await sql`update public.places set latitude = 43 + (abs(hashtext(id::text)) % 700) / 100.0,
      longitude = -4 + (abs(hashtext(slug)) % 1100) / 100.0 where latitude is null`.execute(t.db);
    // A place without coordinates takes its commune's centre (decision 063): these stand in communes
    // without one.
    const unlocated = sql`select id from public.places where status = 'published' order by slug desc limit 7`;
    await sql`update public.communes set latitude = null, longitude = null, centre_source = null
      where code in (select commune_code from public.places where id in (${unlocated}))`.execute(t.db);
    await sql`update public.places set latitude = null, longitude = null where id in (${unlocated})`.execute(
      t.db,
    );
    const all = await reference();
    const located = (
      await sql<{ n: number }>`
      select count(*)::int as n from public.places
      where status = 'published' and hidden_at is null and latitude is not null`.execute(t.db)
    ).rows[0]?.n as number;
    expect(all.length - located).toBeGreaterThanOrEqual(7);
    for (const offset of [0, 20, located - 3, all.length - 2]) {
      const found = await page(20, offset);
      expect(found.places.map((p) => p.id)).toEqual(all.slice(offset, offset + 20));
      expect(found.total).toBe(all.length);
    }
    const first = await page(20, 0);
    expect(first.places[0]?.distanceKm).toBeGreaterThanOrEqual(0);
    expect(await page(20, all.length + 20)).toEqual({ total: all.length, places: [] });
    const every = await page(5_000, 0);
    expect(every.places.map((p) => p.id)).toEqual(all);
    expect(await expectCardLabels(every.places)).toBeGreaterThan(10);
  });

  it('keeps only places within a radius, nearest first', async () => {
    const within = await reference(150);
    expect(within.length).toBeGreaterThan(0);
    const found = await page(5_000, 0, 150);
    expect(found.places.map((p) => p.id)).toEqual(within);
    expect(found.total).toBe(within.length);
    await expectCardLabels(found.places);
  });
});

describe('public figures, cached per instance (decision 048)', () => {
  async function figures() {
    return withSession(t.db, null, async (tx) => ({
      counts: await countNetwork(tx, 'public'),
      facets: await listDirectoryFacets(tx),
    }));
  }
  async function fresh() {
    clearPublicFiguresCache();
    return figures();
  }

  it('are recomputed after a write to places, labels or communes, from any connection', async () => {
    const before = await figures();
    expect(await figures()).toEqual(before);
    const { rows } = await sql<{ id: string }>`
      select p.id from public.places p where p.status = 'published' and p.hidden_at is null
        and exists (select 1 from public.place_labels pl where pl.place_id = p.id)
      order by p.slug limit 1`.execute(t.db);
    const id = rows[0]?.id as string;

    await sql`update public.places set hidden_at = now(), hidden_reason = 'test' where id = ${id}`.execute(
      t.db,
    );
    const hidden = await figures();
    expect(hidden.counts.places).toBe(before.counts.places - 1);
    expect(hidden).toEqual(await fresh());

    await sql`update public.places set hidden_at = null, hidden_reason = null where id = ${id}`.execute(t.db);
    expect(await figures()).toEqual(before);

    await sql`update public.places set kinds = array[(select k from unnest(array['FABLAB', 'TIERS_LIEUX',
      'FABRIQUE']) k where not k = any (kinds) limit 1)] where id = ${id}`.execute(t.db);
    expect(await figures()).toEqual(await fresh());

    await sql`delete from public.place_labels where place_id = ${id}`.execute(t.db);
    expect(await figures()).toEqual(await fresh());
  });

  it('are not shared between databases', async () => {
    const other = await createTestDatabase();
    try {
      const mine = await figures();
      const theirs = await withSession(other.db, null, (tx) => countNetwork(tx, 'public'));
      expect(theirs.places).not.toBe(mine.counts.places);
    } finally {
      await other.drop();
    }
  });
});

describe('statements per directory page (issue 15)', () => {
  /** The statements `work` sends in one anonymous transaction (its `begin` and `commit` aside). */
  async function statementsOf(work: (tx: Tx) => Promise<unknown>): Promise<number> {
    return withSession(t.db, null, async (tx) => {
      const counted = countingStatements(tx);
      await work(counted.tx);
      return counted.statements;
    });
  }
  const page = { limit: 20, offset: 0 };

  it('reads a page with its total and its cards’ labels in one statement, the facets at no cost', async () => {
    const { rows } = await sql<{ service: string; departement: string }>`
      select p.services[1] as service, c.departement_code as departement
      from public.places p join public.communes c on c.code = p.commune_code
      where p.status = 'published' and p.hidden_at is null and cardinality(p.services) > 0
      group by 1, 2 order by count(*) desc limit 1`.execute(t.db);
    const { service, departement } = rows[0] ?? {};
    const searches: [string, PlaceSearchFilters][] = [
      ['no filter', { words: [] }],
      ['text', { words: searchWords('atelir numerique') }],
      ['service and département', { words: [], service, departementCode: departement }],
      ['near a point', { words: [], near: { latitude: 47.87, longitude: -3.92 } }],
      ['within a radius', { words: [], near: { latitude: 47.87, longitude: -3.92, radiusKm: 150 } }],
    ];
    clearPublicFiguresCache();
    clearPublicFiguresCache();
    for (const [name, f] of searches) {
      // The fingerprint (read once for both), then the page: a total cached or counted in the page.
      const run = (tx: Tx) => Promise.all([searchPublicPlaces(tx, f, page), listDirectoryFacets(tx)]);
      const cold = await statementsOf(run);
      expect(await statementsOf(run), name).toBe(2);
      // Cold, the facets are computed once for all; a ranked search (words, a radius) ranks its first pages'
      // ids in one statement and reads the page's cards by id in another (decision 072).
      const ranked = name === 'text' || name === 'within a radius';
      expect(cold, name).toBe(name === 'no filter' || ranked ? 3 : 2);
      expect(await statementsOf((tx) => searchPublicPlaces(tx, f, page)), name).toBeLessThanOrEqual(2);
    }
    // Past the last page, the total is counted apart (as before).
    expect(
      await statementsOf((tx) => searchPublicPlaces(tx, { words: [] }, { limit: 20, offset: 9_000 })),
    ).toBe(2);
  });

  it('resolves a commune without a statement once known, and follows its places when it has no centre', async () => {
    const { rows } = await sql<{ name: string; code: string }>`
      select name, code from public.communes where latitude is not null order by population desc nulls last
      limit 1`.execute(t.db);
    const commune = rows[0];
    if (!commune) throw new Error('no commune with a centre');
    for (const near of [
      { kind: 'name', name: commune.name },
      { kind: 'code', code: commune.code },
      { kind: 'name', name: 'Nullepartvillezz' },
    ] as const) {
      const expected = await withSession(t.db, null, (tx) => resolveNearPoint(tx, near));
      clearPublicFiguresCache();
      const cold = await statementsOf(async (tx) =>
        expect(await resolveNearPointCached(tx, near)).toEqual(expected),
      );
      const warm = await statementsOf(async (tx) =>
        expect(await resolveNearPointCached(tx, near)).toEqual(expected),
      );
      // The fingerprint, then the commune on a miss; only the fingerprint (the facets' anyway) on a hit.
      expect([cold, warm]).toEqual([2, 1]);
    }
    // A commune without a centre takes its places': kept too, and moved with them (the fingerprint follows
    // every write to places, decision 069).
    const { rows: bare } = await sql<{ code: string }>`
      select c.code from public.communes c where c.latitude is null
        and exists (select 1 from public.places p where p.commune_code = c.code and p.latitude is not null
          and p.status = 'published' and p.hidden_at is null)
      limit 1`.execute(t.db);
    const code = bare[0]?.code;
    if (!code) throw new Error('no commune without a centre');
    const near = { kind: 'code', code } as const;
    const point = await withSession(t.db, null, (tx) => resolveNearPointCached(tx, near));
    expect(point).not.toBeNull();
    expect(await statementsOf((tx) => resolveNearPointCached(tx, near))).toBe(1);
    await sql`update public.places set latitude = latitude + 0.5
      where commune_code = ${code} and latitude is not null`.execute(t.db);
    const moved = await withSession(t.db, null, (tx) => resolveNearPointCached(tx, near));
    expect(moved?.latitude).toBeCloseTo((point?.latitude ?? 0) + 0.5, 6);
  });

  it('reads open-now cards in two statements: every match’s hours, then the page', async () => {
    await sql`update public.places set opening_hours = '24/7' where id in (select id from public.places
      where status = 'published' order by slug limit 30)`.execute(t.db);
    const f: PlaceSearchFilters = { words: [] };
    const statements = await statementsOf(async (tx) => {
      const hours = await listPublicPlaceHours(tx, f);
      const cards = await listPublicPlaceCards(
        tx,
        hours.slice(0, 20).map((h) => h.id),
        f,
      );
      expect(cards.map((c) => c.id)).toEqual(hours.slice(0, 20).map((h) => h.id));
      await expectCardLabels(cards);
    });
    expect(statements).toBe(2);
  });
});

describe('directory text search, corners of the set-wise scoring (decision 070)', () => {
  async function searchWordsOf(words: string[]) {
    return withSession(t.db, null, (tx) => searchPublicPlaces(tx, { words }, { limit: 5_000, offset: 0 }));
  }
  async function expectAsTheRule(words: string[]): Promise<string[]> {
    const expected = await reference(words);
    const found = await searchWordsOf(words);
    expect(found.places.map((p) => p.id)).toEqual(expected);
    expect(found.total).toBe(expected.length);
    return expected;
  }
  async function somePublicPlace(): Promise<string> {
    const { rows } = await sql<{ id: string }>`
      select id from public.places where status = 'published' and hidden_at is null
      order by slug limit 1`.execute(t.db);
    const id = rows[0]?.id;
    if (!id) throw new Error('no public place');
    return id;
  }

  it('finds a place whose words match by full text alone, with no similar word in the lexicon', async () => {
    // "agrandissement" stems to agrand:*, which "agrandir" gives too, but their trigrams are far apart (0.47):
    // the candidate has no similar word for it, and its similarity is taken on the document.
    const id = await somePublicPlace();
    await sql`update public.places set summary = 'Agrandir son réseau' where id = ${id}`.execute(t.db);
    expect(await expectAsTheRule(['agrandissement'])).toContain(id);
    expect(await expectAsTheRule(['agrandissement', 'reseau'])).toContain(id);
    // Nor does it for the other word: it is no match (its similarities are not left unknown).
    expect(await expectAsTheRule(['agrandissement', 'zzzqqq'])).toEqual([]);
    await expectAsTheRule(['reseau', 'agrandissement', 'numerik']);
  });

  it('leaves out hidden and unpublished places, and finds them again once public', async () => {
    const id = await somePublicPlace();
    await sql`update public.places set name = 'Ressourcerie Philémon' where id = ${id}`.execute(t.db);
    expect(await expectAsTheRule(['philemon'])).toEqual([id]);
    await sql`update public.places set hidden_at = now(), hidden_reason = 'test' where id = ${id}`.execute(
      t.db,
    );
    expect(await expectAsTheRule(['philemon'])).toEqual([]);
    await sql`update public.places set hidden_at = null, hidden_reason = null, status = 'draft' where id = ${id}`.execute(
      t.db,
    );
    expect(await expectAsTheRule(['philemon'])).toEqual([]);
    await sql`update public.places set status = 'published' where id = ${id}`.execute(t.db);
    expect(await expectAsTheRule(['philemon', 'ressourcery'])).toEqual([id]);
  });

  it('scores eight words and more (the former statement) as the rule does', async () => {
    const id = await somePublicPlace();
    const words = [
      'alphonse',
      'bravade',
      'charlemagne',
      'dauphin',
      'escalier',
      'fougere',
      'gargouille',
      'hirondelle',
    ];
    await sql`update public.places set name = ${`Atelier ${words.join(' ')} ironique jonquille`} where id = ${id}`.execute(
      t.db,
    );
    expect(await expectAsTheRule(words)).toEqual([id]);
    expect(await expectAsTheRule([...words, 'ironiqe', 'jonquile'])).toEqual([id]);
    expect(await expectAsTheRule([...words, 'ironiqe', 'zzzqqq'])).toEqual([]);
    await expectAsTheRule([
      'atelir',
      'numerik',
      'bravade',
      'escalir',
      'fougere',
      'dauphin',
      'hirondele',
      'charlemagne',
      'gargouille',
    ]);
  });
});
