// Merging places on the real database: every column that points to a place (read from the catalogue, so a
// table added later is covered without editing this test) stops pointing to the duplicate, conflicts are
// settled, the duplicate is archived with a pointer and an audit event, a second merge changes nothing, and
// only network admins may merge.
import { decideMerge } from '@rf/domain/directory/place-merge';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withSession } from '../rls.ts';
import {
  claimsFor,
  createRlsFixtures,
  createTestDatabase,
  type RlsFixtures,
  type TestDatabase,
} from '../testing/index.ts';
import {
  countPlaceReferences,
  findMergedPlaceSlug,
  findMergeFacts,
  mergePlaces,
} from './place-merge.repository.ts';

let t: TestDatabase;
let f: RlsFixtures;
let earlierMerged: string;

interface PlaceColumn {
  schema_name: string;
  table_name: string;
  column_name: string;
}

async function placeColumns(): Promise<PlaceColumn[]> {
  return (await sql<PlaceColumn>`select * from private.place_columns()`.execute(t.db)).rows;
}

/** Rows pointing to a place, per `schema.table.column`, counted as the database owner (no RLS). */
async function references(placeId: string): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const c of await placeColumns()) {
    const result = await sql<{ n: number }>`select count(*)::int as n from ${sql.table(
      `${c.schema_name}.${c.table_name}`,
    )} where ${sql.ref(c.column_name)} = ${placeId}`.execute(t.db);
    counts[`${c.schema_name}.${c.table_name}.${c.column_name}`] = result.rows[0]?.n ?? 0;
  }
  return counts;
}

const as = <T>(who: keyof RlsFixtures['users'] | null, work: Parameters<typeof withSession<T>>[2]) =>
  withSession(t.db, who ? claimsFor(f.users[who]) : null, work);

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: { code?: string }) => error.code ?? 'thrown',
  );

beforeAll(async () => {
  t = await createTestDatabase();
  f = await createRlsFixtures(t.db);
  const { A, B, D } = f.places;
  // What the fixtures leave out: a hub place of A, a place merged into A before, and conflicts with D.
  await sql`update public.places set hub_fabrique_id = ${A} where id = ${B}`.execute(t.db);
  earlierMerged = (
    await sql<{ id: string }>`insert into public.places (slug, name, status, merged_into_id)
      values ('ancien-doublon', 'Ancien doublon', 'archived', ${A}) returning id`.execute(t.db)
  ).rows[0]?.id as string;
  await sql`insert into public.place_memberships (place_id, user_id, role)
    values (${D}, ${f.users.memberA.id}, 'manager')`.execute(t.db);
  await sql`insert into public.place_labels (place_id, label_id, granted_on)
    select ${D}, label_id, granted_on from public.place_labels where place_id = ${A} limit 1`.execute(t.db);
  await sql`insert into public.place_photos (place_id, storage_path, alt_text, position)
    values (${D}, 'places/d/1.jpg', 'La façade', 0)`.execute(t.db);
});
afterAll(() => t.drop());

describe('place merge', () => {
  it('finds every column pointing to a place in the catalogue, through composite keys too', async () => {
    const names = (await placeColumns()).map((c) => `${c.table_name}.${c.column_name}`);
    for (const expected of [
      'places.hub_fabrique_id',
      'places.merged_into_id',
      'place_memberships.place_id',
      'sessions.place_id',
      'bookings.place_id',
      'appointments.place_id',
      'tool_reservations.place_id',
      'loans.lender_place_id',
      'loans.borrower_place_id',
      'reports.place_id',
      'funding_agreements.place_id',
    ])
      expect(names).toContain(expected);
  });

  it('lets only network admins preview or merge', async () => {
    const { A, D } = f.places;
    for (const who of ['managerA', 'memberA', 'observer', 'resident'] as const) {
      expect(await failure(as(who, (tx) => mergePlaces(tx, A, D)))).toBe('42501');
      expect(await failure(as(who, (tx) => countPlaceReferences(tx, A)))).toBe('42501');
    }
    expect(await failure(as(null, (tx) => mergePlaces(tx, A, D)))).not.toBeNull();
    expect(
      (await sql<{ s: string }>`select status::text as s from public.places where id = ${A}`.execute(t.db))
        .rows[0]?.s,
    ).toBe('published');
  });

  it('refuses a merge blocked by a loan between the two places, in the rule and in the database', async () => {
    const { A, B } = f.places;
    const facts = await as('admin', (tx) => findMergeFacts(tx, A, B));
    expect(facts?.loansBetween).toBe(1);
    expect(decideMerge(facts as NonNullable<typeof facts>)).toEqual({
      kind: 'blocked',
      blockers: ['loan_between'],
    });
    expect(await failure(as('admin', (tx) => mergePlaces(tx, A, B)))).toBe('23514');
  });

  it('moves everything from the duplicate to the kept place, in one go', async () => {
    const { A, D } = f.places;
    const before = { A: await references(A), D: await references(D) };
    const preview = await as('admin', (tx) => countPlaceReferences(tx, A));
    // The preview counts what the owner counts.
    for (const c of preview) expect(before.A[`public.${c.table}.${c.column}`] ?? 0).toBe(c.n);
    const filled = Object.entries(before.A)
      .filter(([, n]) => n > 0)
      .map(([column]) => column);
    expect(filled.length).toBeGreaterThanOrEqual(15);

    expect(await as('admin', (tx) => mergePlaces(tx, A, D))).toBe('merged');

    const after = { A: await references(A), D: await references(D) };
    for (const [column, n] of Object.entries(after.A)) expect({ column, n }).toEqual({ column, n: 0 });
    // Nothing lost: every row moved, except the conflicts settled on the way (one membership, one label);
    // and the duplicate itself now points to the kept place.
    const settled: Record<string, number> = {
      'public.place_memberships.place_id': 1,
      'public.place_labels.place_id': 1,
      'public.places.merged_into_id': -1,
    };
    for (const column of Object.keys(before.A))
      expect({ column, n: after.D[column] }).toEqual({
        column,
        n: (before.A[column] ?? 0) + (before.D[column] ?? 0) - (settled[column] ?? 0),
      });

    const place = (
      await sql<{ status: string; merged_into_id: string | null }>`select status::text, merged_into_id
        from public.places where id = ${A}`.execute(t.db)
    ).rows[0];
    expect(place).toEqual({ status: 'archived', merged_into_id: D });
    // Earlier merges now lead to the kept place directly; bookings stay on their sessions' place.
    expect(
      (
        await sql<{
          m: string;
        }>`select merged_into_id as m from public.places where id = ${earlierMerged}`.execute(t.db)
      ).rows[0]?.m,
    ).toBe(D);
    const mismatched = await sql<{ n: number }>`select count(*)::int as n from public.bookings b
      join public.sessions s on s.id = b.session_id where b.place_id <> s.place_id`.execute(t.db);
    expect(mismatched.rows[0]?.n).toBe(0);
    // memberA was a member of A and a manager of D: they stay a manager.
    const role = await sql<{ role: string }>`select role::text from public.place_memberships
      where place_id = ${D} and user_id = ${f.users.memberA.id}`.execute(t.db);
    expect(role.rows).toEqual([{ role: 'manager' }]);
    // D's own photo stays the cover; A's come after it.
    const photos = await sql<{ storage_path: string; position: number }>`select storage_path, position
      from public.place_photos where place_id = ${D} order by position`.execute(t.db);
    expect(photos.rows[0]).toEqual({ storage_path: 'places/d/1.jpg', position: 0 });
    // The audit trail names the admin who archived the duplicate into D.
    const audit = await sql<{
      actor: string;
      merged: string;
    }>`select actor::text, new ->> 'merged_into_id' as merged
      from public.audit_events where table_name = 'places' and row_id = ${A} order by id desc limit 1`.execute(
      t.db,
    );
    expect(audit.rows[0]).toEqual({ actor: f.users.admin.id, merged: D });
  });

  it('does nothing the second time (a double submit)', async () => {
    const { A, D } = f.places;
    const events = async () =>
      (await sql<{ n: number }>`select count(*)::int as n from public.audit_events`.execute(t.db)).rows[0]?.n;
    const before = await events();
    expect(await as('admin', (tx) => mergePlaces(tx, A, D))).toBe('already_merged');
    expect(await events()).toBe(before);
    const facts = await as('admin', (tx) => findMergeFacts(tx, A, D));
    expect(decideMerge(facts as NonNullable<typeof facts>)).toEqual({ kind: 'already_merged' });
  });

  it("sends the old address to the kept place's page once that page is public", async () => {
    const { D } = f.places;
    expect(await as(null, (tx) => findMergedPlaceSlug(tx, 'lieu-a'))).toBeNull();
    await sql`update public.places set status = 'published', address = '3 rue Neuve', postal_code = '29900',
      commune_code = '29039' where id = ${D}`.execute(t.db);
    expect(await as(null, (tx) => findMergedPlaceSlug(tx, 'lieu-a'))).toBe('lieu-d');
    expect(await as(null, (tx) => findMergedPlaceSlug(tx, 'ancien-doublon'))).toBe('lieu-d');
    expect(await as(null, (tx) => findMergedPlaceSlug(tx, 'lieu-b'))).toBeNull();
  });
});
