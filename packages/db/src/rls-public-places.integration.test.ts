// The read policies of place_labels and place_photos were rewritten (migration 20261206122711, decision 041)
// from `place_id in (select private.published_place_ids())` to an EXISTS on the view `private.public_places`,
// so the planner probes an index instead of building every public id per query. Who sees what must not
// change: for every actor, the rows RLS now shows are exactly the rows the former predicates select
// (evaluated by the owner with the actor's claims), including places that are hidden, drafts, published
// again. Since decision 054 (migration 20261206150744) activities, sessions, tools, resources and
// appointment availabilities read flags copied by triggers (`place_public`, `activity_public`) instead of
// the sets of public ids: checked the same way, through the same changes and a merge that moves rows.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withSession } from './rls.ts';
import {
  ACTORS,
  type Actor,
  claimsFor,
  createRlsFixtures,
  createTestDatabase,
  type RlsFixtures,
  type TestDatabase,
} from './testing/index.ts';

let t: TestDatabase;
let f: RlsFixtures;

beforeAll(async () => {
  t = await createTestDatabase();
  f = await createRlsFixtures(t.db);
});
afterAll(() => t.drop());

const tables = [
  'place_labels',
  'place_photos',
  'activities',
  'sessions',
  'tools',
  'resources',
  'appointment_availabilities',
] as const;
type Table = (typeof tables)[number];

/** The public activities as `private.public_activity_ids()` read them before the flags. */
const formerPublicActivities = sql`(select a.id from public.activities a join public.places p on p.id = a.place_id
  where a.status = 'published' and a.hidden_at is null and p.status = 'published' and p.hidden_at is null)`;
const publishedPlaces = sql`(select private.published_place_ids())`;

/** The policies before the rewrites, as they read in 20261123000200, …0300 and …0500. */
function formerRule(table: Table, actor: Actor) {
  const published = {
    place_labels: sql`(t.place_id in ${publishedPlaces})`,
    place_photos: sql`(t.place_id in ${publishedPlaces})`,
    activities: sql`(t.status = 'published' and t.hidden_at is null and t.place_id in ${publishedPlaces})`,
    sessions: sql`(t.activity_id in ${formerPublicActivities})`,
    tools: sql`(t.status = 'published' and t.hidden_at is null and t.place_id in ${publishedPlaces})`,
    resources: sql`(t.status = 'published' and t.hidden_at is null and t.place_id in ${publishedPlaces})`,
    appointment_availabilities: sql`(t.is_active and t.who_may_book <> 'agents' and t.place_id in ${publishedPlaces})`,
  }[table];
  if (actor === 'anon') return published;
  const others =
    table === 'place_labels' || table === 'place_photos'
      ? sql`t.place_id in (select private.member_place_ids()) or (select private.is_network_admin()) or (select private.is_observer())`
      : sql`t.place_id in (select private.member_place_ids()) or (select private.is_network_admin())`;
  return sql`(${published} or ${others})`;
}

async function expected(table: Table, actor: Actor): Promise<string[]> {
  const claims = actor === 'anon' ? { role: 'anon' } : claimsFor(f.users[actor]);
  return t.db.transaction().execute(async (tx) => {
    await sql`select set_config('request.jwt.claims', ${JSON.stringify(claims)}, true)`.execute(tx);
    const { rows } = await sql<{ id: string }>`
      select t.id from ${sql.table(`public.${table}`)} t where ${formerRule(table, actor)} order by t.id`.execute(
      tx,
    );
    return rows.map((r) => r.id);
  });
}

async function seen(table: Table, actor: Actor): Promise<string[]> {
  return withSession(t.db, actor === 'anon' ? null : claimsFor(f.users[actor]), async (tx) => {
    const { rows } = await sql<{ id: string }>`
      select t.id from ${sql.table(`public.${table}`)} t order by t.id`.execute(tx);
    return rows.map((r) => r.id);
  });
}

async function expectSameAsBefore() {
  for (const table of tables) {
    for (const actor of ACTORS) {
      const before = await expected(table, actor);
      expect({ table, actor, ids: await seen(table, actor) }).toEqual({ table, actor, ids: before });
    }
  }
}

describe('public place policies as semi-joins', () => {
  it('show every actor the rows the former policies showed', async () => {
    await expectSameAsBefore();
    // Something for everyone to see and not see: the fixtures have public and draft places.
    expect((await seen('place_labels', 'anon')).length).toBeGreaterThan(0);
    expect((await seen('activities', 'anon')).length).toBeGreaterThan(0);
    expect((await seen('sessions', 'anon')).length).toBeGreaterThan(0);
    expect((await seen('tools', 'anon')).length).toBeGreaterThan(0);
  });

  it('still do when a place is hidden, unpublished, published again, and an activity hidden', async () => {
    await sql`update public.places set hidden_at = now(), hidden_reason = 'test' where id = ${f.places.A}`.execute(
      t.db,
    );
    await expectSameAsBefore();
    expect(await seen('place_labels', 'anon')).not.toEqual(await expected('place_labels', 'managerA'));

    await sql`update public.places set hidden_at = null, hidden_reason = null, status = 'draft' where id = ${f.places.A}`.execute(
      t.db,
    );
    await expectSameAsBefore();

    await sql`update public.places set status = 'published' where id = ${f.places.A}`.execute(t.db);
    await sql`update public.activities set hidden_at = now(), hidden_reason = 'test'
      where id = (select id from public.activities where status = 'published' order by id limit 1)`.execute(
      t.db,
    );
    await expectSameAsBefore();
  });

  it('still do when rows move to another place, an activity is published, and a place is hidden with them', async () => {
    // A merge moves every row of the duplicate to the place kept: merged into a draft place, they stop
    // being public.
    await withSession(t.db, claimsFor(f.users.admin), (tx) =>
      sql`select private.merge_places(${f.places.A}, ${f.places.D})`.execute(tx),
    );
    await expectSameAsBefore();
    const to = f.places.B;
    await sql`update public.places set status = 'draft' where id = ${to}`.execute(t.db);
    await expectSameAsBefore();
    await sql`update public.places set status = 'published' where id = ${to}`.execute(t.db);
    await sql`update public.activities set status = 'draft' where place_id = ${to}`.execute(t.db);
    await expectSameAsBefore();
    await sql`update public.activities set status = 'published', hidden_at = null, hidden_reason = null
      where place_id = ${to}`.execute(t.db);
    await expectSameAsBefore();
    // Nobody sets the flags by hand: a write that names them has them recomputed.
    await sql`update public.activities set place_public = true where place_id = ${to}`.execute(t.db);
    await sql`update public.sessions set activity_public = true`.execute(t.db);
    await sql`update public.places set hidden_at = now(), hidden_reason = 'test' where id = ${to}`.execute(
      t.db,
    );
    await sql`update public.tools set place_public = true`.execute(t.db);
    await expectSameAsBefore();
  });
});
