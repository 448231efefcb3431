// The tool catalogue's filters (the categories of the public tools, the places sharing one) are public
// figures kept per instance under the fingerprint (decision 048, migration 20261207062452): a request that
// finds them sends no statement for them, whoever asks, and every write that changes them bumps the 'tools'
// version in its own transaction, so the next request sees the change. Each write below checks both: the
// version moved (a missing trigger fails here even when another group's trigger also moved the fingerprint)
// and the lists, read through the warm cache, are what the tables say.
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clearPublicFiguresCache } from '../directory/public-figures-cache.ts';
import { type SessionClaims, withSession } from '../rls.ts';
import {
  claimsFor,
  createRlsFixtures,
  createStatementLoggingDb,
  createTestDatabase,
  type RlsFixtures,
  type TestDatabase,
} from '../testing/index.ts';
import { listPlacesSharingTools, listPublicToolCategories } from './tools.repository.ts';

let t: TestDatabase;
let f: RlsFixtures;
/** A published place of this test, with no tool at first. */
const placeE = randomUUID();

beforeAll(async () => {
  t = await createTestDatabase();
  f = await createRlsFixtures(t.db);
  await t.db
    .insertInto('places')
    .values({
      id: placeE,
      slug: 'lieu-e',
      name: 'Lieu E',
      kinds: ['FABLAB'],
      address: '2 rue du Port',
      postal_code: '29900',
      commune_code: '29039',
      status: 'published',
    })
    .execute();
  await t.db.updateTable('tools').set({ category: 'Découpe' }).where('id', '=', f.tools.A_pub).execute();
  await t.db.updateTable('tools').set({ category: 'Audiovisuel' }).where('id', '=', f.tools.B_pub).execute();
  // Seen through RLS by the team of A (a draft) and by network admins (a draft place's tool): never listed.
  await t.db.updateTable('tools').set({ category: 'Brouillon' }).where('id', '=', f.tools.A_draft).execute();
  await t.db
    .insertInto('tools')
    .values({ place_id: f.places.C, name: 'Perceuse', category: 'Lieu brouillon', status: 'published' })
    .execute();
});
afterAll(() => t.drop());

async function lists(viewer: SessionClaims | null = null, db = t.db) {
  return withSession(db, viewer, async (tx) => {
    const [categories, places] = await Promise.all([
      listPublicToolCategories(tx),
      listPlacesSharingTools(tx),
    ]);
    return { categories, places };
  });
}

/** The lists as the tables say now, as the owner, from the places' own state (not the copied flag). */
async function reference() {
  const publicTools = sql`
    t.status = 'published' and t.hidden_at is null and exists (
      select 1 from public.places q where q.id = t.place_id and q.status = 'published' and q.hidden_at is null)`;
  const categories = await sql<{ category: string }>`
    select distinct t.category from public.tools t where ${publicTools} and t.category is not null
    order by t.category`.execute(t.db);
  const places = await sql<{ id: string; name: string }>`
    select p.id, p.name from public.places p
    where exists (select 1 from public.tools t where t.place_id = p.id and ${publicTools})
    order by p.name`.execute(t.db);
  return { categories: categories.rows.map((r) => r.category), places: places.rows };
}

async function toolsVersion(): Promise<number> {
  const { rows } = await sql<{ version: string }>`
    select version from private.public_figures_versions where figures = 'tools'`.execute(t.db);
  return Number(rows[0]?.version);
}

/**
 * `write`, run with the cache warm: it must bump the 'tools' version, and the next request must see what the
 * tables say (the lists it returns, to check the change itself).
 */
async function afterWrite(write: string) {
  // Warm: the second read hands the first one's arrays back.
  const before = await lists();
  expect((await lists()).categories).toBe(before.categories);
  const version = await toolsVersion();
  await sql.raw(write).execute(t.db);
  expect(await toolsVersion(), write).toBeGreaterThan(version);
  const after = await lists();
  expect(after, write).toEqual(await reference());
  return after;
}

describe('the tool catalogue’s filters, cached per instance (decision 048)', () => {
  it('are the public ones whoever asks, and a second request sends no statement for them', async () => {
    const { db: logged, statements } = createStatementLoggingDb(t.url);
    try {
      clearPublicFiguresCache();
      // Cold, as a network admin (RLS shows them every draft): computed with the public rule only.
      const cold = await lists(claimsFor(f.users.admin), logged);
      expect(cold).toEqual(await reference());
      expect(cold.categories).toEqual(['Audiovisuel', 'Découpe']);
      expect(cold.places.map((p) => p.name)).toEqual(['Lieu A', 'Lieu B']);
      // The opening (with the fingerprint), the two lists, the commit.
      expect(statements).toHaveLength(4);

      statements.length = 0;
      for (const viewer of [null, claimsFor(f.users.memberA), claimsFor(f.users.resident)]) {
        const warm = await lists(viewer, logged);
        // The same arrays, shared: nothing read but the fingerprint of the opening.
        expect(warm.categories).toBe(cold.categories);
        expect(warm.places).toBe(cold.places);
      }
      // Per request: the opening and the commit, nothing else.
      expect(statements).toHaveLength(6);
      expect(statements.filter((text) => /\btools\b|\bplaces\b/.test(text))).toEqual([]);
    } finally {
      await logged.destroy();
    }
  });

  it('follow a new published tool with a new category, at a place that shared none', async () => {
    const after = await afterWrite(`insert into public.tools (place_id, name, category, status)
      values ('${placeE}', 'Brodeuse', 'Textile', 'published')`);
    expect(after.categories).toContain('Textile');
    expect(after.places.map((p) => p.id)).toContain(placeE);
  });

  it('follow a tool’s category, status, hiding, place and deletion', async () => {
    const brodeuse = `(select id from public.tools where name = 'Brodeuse')`;
    let after = await afterWrite(`update public.tools set category = 'Couture' where id = ${brodeuse}`);
    expect(after.categories).toContain('Couture');
    expect(after.categories).not.toContain('Textile');

    after = await afterWrite(
      `update public.tools set hidden_at = now(), hidden_reason = 'test' where id = ${brodeuse}`,
    );
    expect(after.categories).not.toContain('Couture');
    expect(after.places.map((p) => p.id)).not.toContain(placeE);
    after = await afterWrite(
      `update public.tools set hidden_at = null, hidden_reason = null where id = ${brodeuse}`,
    );
    expect(after.categories).toContain('Couture');

    after = await afterWrite(`update public.tools set status = 'draft' where id = ${brodeuse}`);
    expect(after.categories).not.toContain('Couture');
    after = await afterWrite(`update public.tools set status = 'published' where id = ${brodeuse}`);
    expect(after.places.map((p) => p.id)).toContain(placeE);

    // Moved to a draft place: no longer public (its `place_public` is recomputed).
    after = await afterWrite(`update public.tools set place_id = '${f.places.C}' where id = ${brodeuse}`);
    expect(after.places.map((p) => p.id)).not.toContain(placeE);
    after = await afterWrite(`update public.tools set place_id = '${placeE}' where id = ${brodeuse}`);
    expect(after.places.map((p) => p.id)).toContain(placeE);

    after = await afterWrite(`delete from public.tools where id = ${brodeuse}`);
    expect(after.categories).not.toContain('Couture');
    expect(after.places.map((p) => p.id)).not.toContain(placeE);
  });

  it('follow a place renamed, unpublished, hidden, published again', async () => {
    const a = f.places.A;
    let after = await afterWrite(`update public.places set name = 'Zèbre (lieu A)' where id = '${a}'`);
    expect(after.places.map((p) => p.name)).toEqual(['Lieu B', 'Zèbre (lieu A)']);

    after = await afterWrite(`update public.places set status = 'draft' where id = '${a}'`);
    expect(after.places.map((p) => p.id)).not.toContain(a);
    expect(after.categories).not.toContain('Découpe');
    after = await afterWrite(`update public.places set status = 'published' where id = '${a}'`);
    expect(after.places.map((p) => p.id)).toContain(a);
    expect(after.categories).toContain('Découpe');

    after = await afterWrite(
      `update public.places set hidden_at = now(), hidden_reason = 'test' where id = '${a}'`,
    );
    expect(after.places.map((p) => p.id)).not.toContain(a);
    expect(after.categories).not.toContain('Découpe');
    after = await afterWrite(
      `update public.places set hidden_at = null, hidden_reason = null where id = '${a}'`,
    );
    expect(after.places.map((p) => p.id)).toContain(a);

    // The draft place C published: its tool (public now) and C appear.
    after = await afterWrite(`update public.places set status = 'published', address = '3 rue du Port',
      postal_code = '29900', commune_code = '29039' where id = '${f.places.C}'`);
    expect(after.categories).toContain('Lieu brouillon');
    expect(after.places.map((p) => p.id)).toContain(f.places.C);
  });

  it('follow a place deleted (its tools with it), and the tools truncated', async () => {
    await t.db
      .insertInto('tools')
      .values({ place_id: placeE, name: 'Scie', category: 'Menuiserie', status: 'published' })
      .execute();
    let after = await lists();
    expect(after.categories).toContain('Menuiserie');
    after = await afterWrite(`delete from public.places where id = '${placeE}'`);
    expect(after.places.map((p) => p.id)).not.toContain(placeE);
    expect(after.categories).not.toContain('Menuiserie');
    after = await afterWrite('truncate public.tools cascade');
    expect(after).toEqual({ categories: [], places: [] });
  });
});
