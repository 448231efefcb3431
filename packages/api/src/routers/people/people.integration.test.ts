import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeError } from '../../errors.ts';
import { type ApiHarness, startApiHarness } from '../../testing.ts';

let h: ApiHarness;
let placeA: string;
let placeB: string;
const ids: Record<string, string> = {};
const signedIn: Record<string, string[]> = {};

async function signIn(email: string, password: string) {
  const scope = await h.as();
  await scope.api.identity.signIn({ email, password });
  return scope.cookies;
}

async function place(slug: string, name: string) {
  const { rows } = await sql<{ id: string }>`
    insert into public.places (slug, name) values (${slug}, ${name}) returning id`.execute(h.db.db);
  return rows[0]?.id ?? '';
}

const error = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (e: unknown) => describeError(e).code,
  );

beforeAll(async () => {
  h = await startApiHarness();
  placeA = await place('atelier-a', 'Atelier A');
  placeB = await place('atelier-b', 'Atelier B');
  ids.admin = await h.createPerson({
    email: 'admin@test.fr',
    password: 'mot-de-passe-admin',
    networkRole: 'network_admin',
  });
  ids.managerA = await h.createPerson({
    email: 'gestion-a@test.fr',
    password: 'mot-de-passe-a',
    places: [{ placeId: placeA, role: 'manager' }],
  });
  ids.memberA = await h.createPerson({
    email: 'membre-a@test.fr',
    password: 'mot-de-passe-m',
    places: [{ placeId: placeA, role: 'member' }],
  });
  ids.memberB = await h.createPerson({
    email: 'membre-b@test.fr',
    password: 'mot-de-passe-b',
    places: [{ placeId: placeB, role: 'member' }],
  });
  for (const [key, email, password] of [
    ['admin', 'admin@test.fr', 'mot-de-passe-admin'],
    ['managerA', 'gestion-a@test.fr', 'mot-de-passe-a'],
    ['memberA', 'membre-a@test.fr', 'mot-de-passe-m'],
  ] as const)
    signedIn[key] = await signIn(email, password);
});
afterAll(() => h.stop());

describe('people', () => {
  it('lists people for network admins only, searchable', async () => {
    const admin = (await h.as(signedIn.admin)).api;
    const found = await admin.people.list({ query: 'membre-b', page: 1 });
    expect(found.items.map((p) => p.email)).toEqual(['membre-b@test.fr']);
    expect(found.items[0]?.placeCount).toBe(1);
    const manager = (await h.as(signedIn.managerA)).api;
    expect(await error(manager.people.list({ query: '', page: 1 }))).toBe('forbidden');
  });

  it('refuses to remove the last network admin, with a clear message', async () => {
    const admin = (await h.as(signedIn.admin)).api;
    expect(await error(admin.people.removeNetworkRole({ userId: ids.admin ?? '' }))).toBe(
      'last_network_admin',
    );
    expect(h.services.t('errors.last_network_admin')).toContain('dernier administrateur du réseau');
    const me = await admin.people.get({ userId: ids.admin ?? '' });
    expect(me.networkRole).toBe('network_admin');
  });

  it('lets a manager manage their own place team only (RLS)', async () => {
    const manager = (await h.as(signedIn.managerA)).api;
    await manager.people.setPlaceRole({ userId: ids.memberA ?? '', placeId: placeA, role: 'manager' });
    expect(await error(manager.people.removeFromPlace({ userId: ids.memberB ?? '', placeId: placeB }))).toBe(
      'not_found',
    );
    expect(
      await error(
        manager.people.setPlaceRole({ userId: ids.memberB ?? '', placeId: placeB, role: 'manager' }),
      ),
    ).toBe('not_found');
    const { rows } = await sql<{ role: string }>`
      select role from public.place_memberships where user_id = ${ids.memberB} and place_id = ${placeB}`.execute(
      h.db.db,
    );
    expect(rows).toEqual([{ role: 'member' }]);
    await manager.people.setPlaceRole({ userId: ids.memberA ?? '', placeId: placeA, role: 'member' });
  });

  it('takes away a removed member’s access from their next request, and audits it', async () => {
    const member = (await h.as(signedIn.memberA)).api;
    expect((await member.identity.me())?.memberships.map((m) => m.placeId)).toEqual([placeA]);
    const admin = (await h.as(signedIn.admin)).api;
    await admin.people.removeFromPlace({ userId: ids.memberA ?? '', placeId: placeA });
    const after = (await h.as(signedIn.memberA)).api;
    expect((await after.identity.me())?.memberships).toEqual([]);
    const { rows } = await sql<{ count: number }>`
      select count(*)::int as count from public.audit_events
      where table_name = 'place_memberships' and action = 'delete' and actor = ${ids.admin}`.execute(h.db.db);
    expect(rows[0]?.count).toBeGreaterThan(0);
  });
});
