import bcrypt from 'bcryptjs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withSession } from '../rls.ts';
import { claimsFor, createTestDatabase, type TestDatabase } from '../testing/index.ts';
import { DEMO_PASSWORD, type DemoAccounts, loadDemoData } from './demo.ts';

let t: TestDatabase;
let accounts: DemoAccounts;
beforeAll(async () => {
  t = await createTestDatabase();
  accounts = await loadDemoData(t.db);
}, 120_000);
afterAll(() => t.drop());

/** Row counts of every table of the public schema, and of the accounts. */
async function counts(): Promise<Record<string, number>> {
  const { rows } = await sql<{ name: string }>`
    select c.relname as name from pg_class c
    where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'p') order by 1`.execute(t.db);
  const out: Record<string, number> = {};
  for (const { name } of [...rows, { name: 'auth.users' }]) {
    const table = name.includes('.') ? sql.table(name) : sql.table(`public.${name}`);
    const { rows: found } = await sql<{ n: number }>`select count(*)::int as n from ${table}`.execute(t.db);
    out[name] = found[0]?.n ?? 0;
  }
  return out;
}

describe('demo data', () => {
  it('is idempotent: a second load changes no count', async () => {
    const first = await counts();
    const again = await loadDemoData(t.db);
    expect(again).toEqual(accounts);
    expect(await counts()).toEqual(first);
  });

  it('fills the network: fabriques with labels, hubs, catalogue, sharing, reporting and funding', async () => {
    const c = await counts();
    expect(c.places).toBeGreaterThanOrEqual(36);
    expect(c.place_labels).toBeGreaterThanOrEqual(12);
    expect(c.waves).toBeGreaterThanOrEqual(3);
    for (const table of [
      'activities',
      'sessions',
      'bookings',
      'tools',
      'resources',
      'activity_records',
      'reports',
      'funding_agreements',
      'disbursements',
      'loans',
    ]) {
      expect(c[table], table).toBeGreaterThan(0);
    }
    const { rows } = await sql<{ fabriques: number; in_hubs: number; upcoming: number }>`
      select
        (select count(*)::int from public.places p where private.is_fabrique(p.id)) as fabriques,
        (select count(*)::int from public.places p where p.hub_fabrique_id is not null) as in_hubs,
        (select count(*)::int from public.sessions s where s.starts_at > now()) as upcoming`.execute(t.db);
    expect(rows[0]?.fabriques).toBeGreaterThanOrEqual(10);
    expect(rows[0]?.in_hubs).toBeGreaterThanOrEqual(25);
    expect(rows[0]?.upcoming).toBeGreaterThan(0);
  });

  it('places real places in their real communes', async () => {
    const { rows } = await sql<{ slug: string; commune: string; departement: string }>`
      select p.slug, c.name as commune, c.departement_code as departement
      from public.places p join public.communes c on c.code = p.commune_code
      where p.slug in ('konk-ar-lab', 'la-machinerie', 'electrolab', 'gare-numerique')
      order by p.slug`.execute(t.db);
    expect(rows).toEqual([
      { slug: 'electrolab', commune: 'Nanterre', departement: '92' },
      { slug: 'gare-numerique', commune: 'Carpentras', departement: '84' },
      { slug: 'konk-ar-lab', commune: 'Concarneau', departement: '29' },
      { slug: 'la-machinerie', commune: 'Amiens', departement: '80' },
    ]);
  });

  it('has one account per role, stored as Supabase Auth stores them', async () => {
    expect(accounts.map((a) => [a.role, a.email])).toEqual([
      ['resident', 'resident@demo.test'],
      ['member', 'membre@demo.test'],
      ['member', 'membre-tregunc@demo.test'],
      ['manager', 'gestionnaire@demo.test'],
      ['manager', 'gestionnaire-b@demo.test'],
      ['network_admin', 'admin@demo.test'],
      ['observer', 'observateur@demo.test'],
    ]);
    const users = await t.db
      .selectFrom('auth.users')
      .select(['id', 'email', 'aud', 'role', 'encrypted_password', 'email_confirmed_at', 'raw_app_meta_data'])
      .where('email', 'like', '%@demo.test')
      .execute();
    expect(users).toHaveLength(7);
    for (const user of users) {
      expect(user.aud).toBe('authenticated');
      expect(user.role).toBe('authenticated');
      expect(user.email_confirmed_at).not.toBeNull();
      expect(user.raw_app_meta_data).toEqual({ provider: 'email', providers: ['email'] });
      expect(user.encrypted_password).toMatch(/^\$2a\$10\$/);
      expect(bcrypt.compareSync(DEMO_PASSWORD, user.encrypted_password ?? '')).toBe(true);
    }
  });

  it('gives each account its role, seen through RLS as that person', async () => {
    const users = await t.db
      .selectFrom('auth.users')
      .select(['id', 'email'])
      .where('email', 'like', '%@demo.test')
      .execute();
    const byEmail = new Map(users.map((u) => [u.email as string, { id: u.id, email: u.email as string }]));
    const roleOf = (email: string) =>
      withSession(t.db, claimsFor(byEmail.get(email) as { id: string; email: string }), async (tx) => {
        const profile = await tx
          .selectFrom('profiles')
          .select('network_role')
          .where('email', '=', email)
          .executeTakeFirst();
        const memberships = await tx
          .selectFrom('place_memberships as m')
          .innerJoin('places as p', 'p.id', 'm.place_id')
          .select(['p.slug', 'm.role'])
          .where('m.user_id', '=', byEmail.get(email)?.id as string)
          .execute();
        return { networkRole: profile?.network_role ?? null, memberships };
      });
    expect(await roleOf('resident@demo.test')).toEqual({ networkRole: null, memberships: [] });
    expect(await roleOf('membre@demo.test')).toEqual({
      networkRole: null,
      memberships: [{ slug: 'konk-ar-lab', role: 'member' }],
    });
    expect(await roleOf('membre-tregunc@demo.test')).toEqual({
      networkRole: null,
      memberships: [{ slug: 'mediatheque-tregunc', role: 'member' }],
    });
    expect(await roleOf('gestionnaire@demo.test')).toEqual({
      networkRole: null,
      memberships: [{ slug: 'konk-ar-lab', role: 'manager' }],
    });
    expect(await roleOf('gestionnaire-b@demo.test')).toEqual({
      networkRole: null,
      memberships: [{ slug: 'la-machinerie', role: 'manager' }],
    });
    expect(await roleOf('admin@demo.test')).toEqual({ networkRole: 'network_admin', memberships: [] });
    expect(await roleOf('observateur@demo.test')).toEqual({ networkRole: 'observer', memberships: [] });
  });
});
