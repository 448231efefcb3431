// The catalogue's text search through the activities' lexicon (migration 20261206122711, decision 041)
// finds exactly the sessions of the rule it replaced: each word matches the activity by French full text
// (prefix, stemmed) or by trigram word similarity with its whole search document. The reference below is that
// rule, run as the owner on a generated network's catalogue; the lexicon follows every insert, update and
// delete of an activity.
import { searchWords } from '@rf/domain/directory/search';
import { parisDay } from '@rf/domain/time/paris';
import { THEMATIQUES } from '@rf/domain/vocabulary/activity-records';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clearPublicFiguresCache } from '../directory/public-figures-cache.ts';
import { withSession } from '../rls.ts';
import { loadNetwork } from '../seed/network.ts';
import { loadNetworkCatalogue } from '../seed/network-catalogue.ts';
import { createTestDatabase, type TestDatabase } from '../testing/index.ts';
import {
  type CatalogueFilters,
  listCatalogueFacets,
  searchPublicSessions,
} from './catalogue-search.repository.ts';

let t: TestDatabase;
const now = new Date();
const fromDay = parisDay(now);
const toDay = parisDay(new Date(now.getTime() + 40 * 86_400_000));

beforeAll(async () => {
  t = await createTestDatabase();
  await loadNetwork(t.db, { seed: 15, fabriques: 40, places: 240 });
  await loadNetworkCatalogue(t.db, {
    seed: 15,
    firstDay: parisDay(new Date(now.getTime() + 86_400_000)),
    sessionsPerActivity: 3,
  });
  // A few titles of our own, with accents and words the generated catalogue does not have.
  await sql`update public.activities set title = 'Réparer son vélo électrique'
    where id in (select id from public.activities order by id limit 3)`.execute(t.db);
});
afterAll(() => t.drop());

function filters(q: string): CatalogueFilters {
  return { words: searchWords(q), fromDay, toDay, after: now.toISOString() };
}

/** The former rule, on the whole document, as the owner: session ids in the list's order. */
async function reference(words: string[]): Promise<string[]> {
  const matches = words.map(
    (w) =>
      sql`(a.search_vector @@ to_tsquery('french'::regconfig, ${`${w}:*`}) or ${w} operator(extensions.<%) a.search_document)`,
  );
  const { rows } = await sql<{ id: string }>`
    select s.id from public.sessions s join public.activities a on a.id = s.activity_id
      join public.places p on p.id = s.place_id
    where s.status = 'scheduled' and a.status = 'published' and a.hidden_at is null
      and p.status = 'published' and p.hidden_at is null and s.starts_at > ${now.toISOString()}::timestamptz
      and s.starts_at >= (${fromDay}::date::timestamp at time zone 'Europe/Paris')
      and s.starts_at < ((${toDay}::date + 1)::timestamp at time zone 'Europe/Paris')
      and ${sql.join(matches, sql` and `)}
    order by s.starts_at, s.id`.execute(t.db);
  return rows.map((r) => r.id);
}

async function search(q: string) {
  return withSession(t.db, null, (tx) => searchPublicSessions(tx, filters(q), { limit: 5_000, offset: 0 }));
}

describe('catalogue text search', () => {
  const queries = [
    'impresion 3d',
    'impression',
    'smartphon',
    'smarphone',
    'demarche en ligne',
    'demarches administratives',
    'arnaque',
    'decoupe lazer',
    'intelligence artificiele',
    'reparer velo',
    'electriq',
    'mail',
    'e mail',
    'zzzqqq',
  ];
  for (const q of queries) {
    it(`finds "${q}" as the whole-document rule did`, async () => {
      const expected = await reference(searchWords(q));
      const found = await search(q);
      expect(found.sessions.map((s) => s.id)).toEqual(expected);
      expect(found.total).toBe(expected.length);
    });
  }

  it('finds something for common words, so the comparison means something', async () => {
    expect((await search('smarphone')).total).toBeGreaterThan(0);
    expect((await search('impresion 3d')).total).toBeGreaterThan(0);
    expect((await search('intelligence artificiele')).total).toBeGreaterThan(0);
    expect((await search('reparer velo')).total).toBeGreaterThan(0);
  });

  it('follows new activities, new titles, hidden and deleted activities', async () => {
    const { rows } = await sql<{ id: string }>`
      select id from public.places where status = 'published' and hidden_at is null order by slug limit 1`.execute(
      t.db,
    );
    const placeId = rows[0]?.id;
    if (!placeId) throw new Error('no public place');
    const { rows: created } = await sql<{ id: string }>`
      insert into public.activities (place_id, title, description, themes, status)
      values (${placeId}, 'Quincaillerie Zéphyrine', 'Outils et conseils', '{email}', 'published') returning id`.execute(
      t.db,
    );
    const activityId = created[0]?.id as string;
    const startsAt = new Date(now.getTime() + 2 * 86_400_000);
    await sql`insert into public.sessions (activity_id, place_id, starts_at, ends_at, capacity)
      values (${activityId}, ${placeId}, ${startsAt.toISOString()}, ${new Date(startsAt.getTime() + 3_600_000).toISOString()}, 8)`.execute(
      t.db,
    );
    expect((await search('zephyrin')).sessions).toHaveLength(1);
    expect((await search('quincailleri zephyrine')).sessions.map((s) => s.id)).toEqual(
      await reference(['quincailleri', 'zephyrine']),
    );

    await sql`update public.activities set title = 'Atelier Bartholomé' where id = ${activityId}`.execute(
      t.db,
    );
    expect((await search('zephyrin')).sessions).toEqual([]);
    expect((await search('bartholome')).sessions).toHaveLength(1);

    await sql`update public.activities set hidden_at = now(), hidden_reason = 'test' where id = ${activityId}`.execute(
      t.db,
    );
    expect((await search('bartholome')).sessions).toEqual([]);

    await sql`delete from public.activities where id = ${activityId}`.execute(t.db);
    const { rows: left } = await sql<{ n: number }>`
      select count(*)::int as n from private.activity_search_words where activity_id = ${activityId}`.execute(
      t.db,
    );
    expect(left[0]?.n).toBe(0);
  });
});

describe('catalogue facets, cached per instance (decision 048)', () => {
  /** The former query: themes of public activities with a session after `after`. */
  async function reference(after: string): Promise<string[]> {
    const { rows } = await sql<{ theme: string }>`
      select distinct unnest(a.themes) as theme from public.activities a join public.places p on p.id = a.place_id
      where a.status = 'published' and a.hidden_at is null and p.status = 'published' and p.hidden_at is null
        and exists (select 1 from public.sessions s where s.activity_id = a.id and s.status = 'scheduled'
          and s.starts_at > ${after}::timestamptz)
      order by 1`.execute(t.db);
    return rows.map((r) => r.theme);
  }
  const facets = (after: string) => withSession(t.db, null, (tx) => listCatalogueFacets(tx, after));

  it('follow new sessions and cancellations, and drop a theme once its last session has started', async () => {
    clearPublicFiguresCache();
    const after = now.toISOString();
    const before = await reference(after);
    expect((await facets(after)).themes).toEqual(before);
    const rare = THEMATIQUES.find((theme) => !before.includes(theme)) as string;
    expect((await facets(after)).themes).toEqual(await reference(after));
    const { rows } = await sql<{ id: string; place_id: string }>`
      select id, place_id from public.activities a where status = 'published' and hidden_at is null
        and place_id in (select id from public.places where status = 'published' and hidden_at is null)
      order by id limit 1`.execute(t.db);
    const activity = rows[0];
    if (!activity) throw new Error('no public activity');
    const { rows: created } = await sql<{ id: string }>`
      insert into public.activities (place_id, title, themes, status)
      values (${activity.place_id}, 'Un thème rare', ${sql.val([rare])}::text[], 'published') returning id`.execute(
      t.db,
    );
    const activityId = created[0]?.id as string;
    expect((await facets(after)).themes).not.toContain(rare);

    const startsAt = new Date(now.getTime() + 3 * 3_600_000);
    const { rows: session } = await sql<{ id: string }>`
      insert into public.sessions (activity_id, place_id, starts_at, ends_at, capacity)
      values (${activityId}, ${activity.place_id}, ${startsAt.toISOString()},
        ${new Date(startsAt.getTime() + 3_600_000).toISOString()}, 8) returning id`.execute(t.db);
    expect((await facets(after)).themes).toContain(rare);
    expect((await facets(after)).themes).toEqual(await reference(after));
    // Asked once that session has started (no write in between): the entry has expired.
    const later = new Date(startsAt.getTime() + 60_000).toISOString();
    expect((await facets(later)).themes).not.toContain(rare);
    expect((await facets(later)).themes).toEqual(await reference(later));

    await sql`update public.sessions set status = 'cancelled', cancellation_reason = 'test'
      where id = ${session[0]?.id as string}`.execute(t.db);
    expect((await facets(after)).themes).toEqual(await reference(after));
    expect((await facets(after)).themes).not.toContain(rare);
  });
});

describe('catalogue pages and totals (decision 068: matches read on the sessions alone, near reads its days)', () => {
  const near = { latitude: 47.87, longitude: -3.92 };
  const base = (): CatalogueFilters => ({ words: [], fromDay, toDay, after: now.toISOString() });

  /**
   * The former list, joining every match to its activity and place: ids in the list's order (remote sessions
   * have no distance, so each day lists them after the on-site ones: decision 069).
   */
  async function reference(f: CatalogueFilters): Promise<string[]> {
    const distance = f.near
      ? sql`extensions.earth_distance(extensions.ll_to_earth(${f.near.latitude}, ${f.near.longitude}),
          extensions.ll_to_earth(p.latitude, p.longitude))`
      : sql`null::float8`;
    const radius = f.near?.radiusKm;
    const words = f.words.map(
      (w) =>
        sql`and (a.search_vector @@ to_tsquery('french'::regconfig, ${`${w}:*`}) or ${w} operator(extensions.<%) a.search_document)`,
    );
    const { rows } = await sql<{ id: string }>`
      select s.id from public.sessions s join public.activities a on a.id = s.activity_id
        join public.places p on p.id = s.place_id
      where s.status = 'scheduled' and a.status = 'published' and a.hidden_at is null
        and p.status = 'published' and p.hidden_at is null and s.starts_at > ${f.after}::timestamptz
        and s.starts_at >= (${f.fromDay}::date::timestamp at time zone 'Europe/Paris')
        and s.starts_at < ((${f.toDay}::date + 1)::timestamp at time zone 'Europe/Paris')
        and (${f.theme ?? null}::text is null or a.themes @> array[${f.theme ?? null}::text])
        and (not ${f.freeOnly ?? false} or a.fees_kind = 'gratuit')
        and (${f.format ?? null}::text is null or a.format::text = ${f.format ?? null}::text)
        and (not ${f.accessibleOnly ?? false} or nullif(trim(a.accessibility_notes), '') is not null
          or nullif(trim(p.accessibility_notes), '') is not null or p.acces_libre_url is not null)
        and (${radius ?? null}::float8 is null or a.format = 'remote' or ${distance} <= ${radius ?? null}::float8 * 1000)
        ${sql.join(words, sql` `)}
      order by to_char(s.starts_at at time zone 'Europe/Paris', 'YYYY-MM-DD'),
        case when a.format = 'remote' then null else ${distance} end asc nulls last,
        s.starts_at, s.id`.execute(t.db);
    return rows.map((r) => r.id);
  }

  async function page(f: CatalogueFilters, limit: number, offset: number) {
    return withSession(t.db, null, (tx) => searchPublicSessions(tx, f, { limit, offset }));
  }

  beforeAll(async () => {
    // The generated network has no coordinates: made up from the ids, but for a few places; some activities
    // remote, some free, some accessible.
    await sql`update public.places set latitude = 46 + (abs(hashtext(id::text)) % 400) / 100.0,
      longitude = -4.5 + (abs(hashtext(slug)) % 600) / 100.0 where latitude is null`.execute(t.db);
    await sql`update public.places set latitude = null, longitude = null
      where id in (select id from public.places order by slug desc limit 7)`.execute(t.db);
    await sql`update public.activities set format = 'remote'
      where id in (select id from public.activities order by md5(id::text) limit 15)`.execute(t.db);
  });

  const cases: { name: string; filters: () => CatalogueFilters }[] = [
    { name: 'no filter', filters: base },
    { name: 'theme + free only', filters: () => ({ ...base(), theme: 'email', freeOnly: true }) },
    { name: 'accessible and remote', filters: () => ({ ...base(), accessibleOnly: true, format: 'remote' }) },
    { name: 'near, each day nearest first', filters: () => ({ ...base(), near }) },
    {
      name: 'near, 120 km (remote ones stay)',
      filters: () => ({ ...base(), near: { ...near, radiusKm: 120 } }),
    },
    {
      name: 'near, 120 km, with words',
      filters: () => ({ ...base(), words: searchWords('smarphone'), near: { ...near, radiusKm: 120 } }),
    },
  ];
  for (const c of cases) {
    it(`pages "${c.name}" as the former list did, with its total on every page`, async () => {
      const f = c.filters();
      const all = await reference(f);
      expect(all.length).toBeGreaterThan(0);
      for (const offset of [0, 20, Math.max(0, all.length - 7), all.length + 20]) {
        const found = await page(f, 20, offset);
        expect(found.sessions.map((s) => s.id)).toEqual(all.slice(offset, offset + 20));
        expect(found.total).toBe(all.length);
      }
      expect((await page(f, 5_000, 0)).sessions.map((s) => s.id)).toEqual(all);
    });
  }

  it('gives each session its distance, and the card its place, commune, seats and times', async () => {
    const found = await page({ ...base(), near: { ...near, radiusKm: 120 } }, 20, 0);
    const first = found.sessions[0];
    expect(first).toBeDefined();
    const { rows } = await sql<{ ends_at: Date; capacity: number; name: string }>`
      select s.ends_at, s.capacity, p.name from public.sessions s join public.places p on p.id = s.place_id
      where s.id = ${first?.id as string}`.execute(t.db);
    expect(first?.placeName).toBe(rows[0]?.name);
    expect(first?.capacity).toBe(rows[0]?.capacity);
    expect(new Date(first?.endsAt as string).getTime()).toBe(new Date(rows[0]?.ends_at as Date).getTime());
    expect(found.sessions.every((s) => s.seatsTaken >= 0)).toBe(true);
    expect(found.sessions.some((s) => s.distanceKm !== null)).toBe(true);
  });

  it("gives remote sessions no distance, and lists them after each day's on-site ones", async () => {
    const found = await page({ ...base(), near: { ...near, radiusKm: 120 } }, 5_000, 0);
    const remote = found.sessions.filter((s) => s.format === 'remote');
    expect(remote.length).toBeGreaterThan(0);
    expect(remote.every((s) => s.distanceKm === null)).toBe(true);
    expect(found.sessions.filter((s) => s.format !== 'remote').every((s) => s.distanceKm !== null)).toBe(
      true,
    );
  });

  it('keeps the total right after a write, though it is cached (a new session, an activity going online)', async () => {
    const f = { ...base(), near: { ...near, radiusKm: 120 } };
    const before = (await page(f, 5, 0)).total;
    expect(before).toBe((await reference(f)).length);
    // A remote activity's session, later this week: one more match, seen at once by the next page.
    const { rows } = await sql<{ id: string; place_id: string }>`
      select a.id, a.place_id from public.activities a
      where a.format = 'remote' and a.status = 'published' and a.hidden_at is null and a.place_public
      order by a.id limit 1`.execute(t.db);
    const remote = rows[0] as { id: string; place_id: string };
    await sql`insert into public.sessions (activity_id, place_id, starts_at, ends_at, capacity)
      values (${remote.id}, ${remote.place_id}, now() + interval '3 days', now() + interval '3 days 2 hours', 8)`.execute(
      t.db,
    );
    expect((await page(f, 5, 0)).total).toBe(before + 1);
    // An on-site activity far away goes online: its sessions now stay whatever the radius.
    const { rows: far } = await sql<{ id: string; n: number }>`
      select a.id, count(s.id)::int as n from public.activities a
      join public.places p on p.id = a.place_id
      join public.sessions s on s.activity_id = a.id and s.status = 'scheduled' and s.starts_at > now()
        and s.starts_at < ((${toDay}::date + 1)::timestamp at time zone 'Europe/Paris')
      where a.format = 'on_site' and a.status = 'published' and a.hidden_at is null and a.place_public
        and p.latitude is not null and extensions.earth_distance(
          extensions.ll_to_earth(${near.latitude}, ${near.longitude}),
          extensions.ll_to_earth(p.latitude, p.longitude)) > 200000
      group by a.id order by a.id limit 1`.execute(t.db);
    const online = far[0] as { id: string; n: number };
    expect(online.n).toBeGreaterThan(0);
    await sql`update public.activities set format = 'remote' where id = ${online.id}`.execute(t.db);
    const { rows: flags } = await sql<{ remote: boolean }>`
      select bool_and(activity_remote) as remote from public.sessions where activity_id = ${online.id}`.execute(
      t.db,
    );
    expect(flags[0]?.remote).toBe(true);
    const after = await page(f, 5, 0);
    expect(after.total).toBe(before + 1 + online.n);
    expect(after.total).toBe((await reference(f)).length);
  });
});
