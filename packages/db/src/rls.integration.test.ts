import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, withOpening } from './client.ts';
import { publicFiguresFingerprint } from './directory/public-figures-cache.ts';
import { withSession } from './rls.ts';
import { withServiceRole } from './service.server.ts';
import { createStatementLoggingDb, createTestDatabase, type TestDatabase } from './testing/index.ts';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.drop());

const claims = {
  sub: '00000000-0000-4000-8000-000000000001',
  role: 'authenticated' as const,
  email: 'camille@example.org',
  aud: 'authenticated',
  exp: Math.floor(Date.now() / 1000) + 3600,
};

describe('withSession', () => {
  it('runs as anon with no session, as PostgREST does', async () => {
    const row = await withSession(
      t.db,
      null,
      async (tx) =>
        (
          await sql<{
            role: string;
            uid: string | null;
          }>`select current_user as role, auth.uid() as uid`.execute(tx)
        ).rows[0],
    );
    expect(row).toEqual({ role: 'anon', uid: null });
  });

  it('runs as authenticated with the session claims visible to auth.uid(), auth.jwt() and auth.role()', async () => {
    const row = await withSession(
      t.db,
      claims,
      async (tx) =>
        (
          await sql<{
            role: string;
            uid: string;
            email: string;
            jwt_role: string;
          }>`select current_user as role, auth.uid() as uid, auth.jwt() ->> 'email' as email, auth.role() as jwt_role`.execute(
            tx,
          )
        ).rows[0],
    );
    expect(row).toEqual({
      role: 'authenticated',
      uid: claims.sub,
      email: claims.email,
      jwt_role: 'authenticated',
    });
  });

  it('keeps the role and claims inside the transaction only', async () => {
    await withSession(t.db, claims, async () => {});
    const { rows } = await sql<{ role: string; claims: string | null }>`
      select current_user as role, nullif(current_setting('request.jwt.claims', true), '') as claims`.execute(
      t.db,
    );
    expect(rows[0]).toEqual({ role: 'postgres', claims: null });
  });

  it('rolls everything back when the work fails', async () => {
    await expect(
      withServiceRole(t.db, 'test', async (tx) => {
        await tx.insertInto('regions').values({ code: '999', name: 'Nowhere' }).execute();
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    const found = await t.db
      .selectFrom('regions')
      .select('code')
      .where('code', '=', '999')
      .executeTakeFirst();
    expect(found).toBeUndefined();
  });

  it('lets anon read the territorial reference but not change it', async () => {
    const concarneau = await withSession(t.db, null, (tx) =>
      tx
        .selectFrom('communes')
        .select(['name', 'departement_code'])
        .where('code', '=', '29039')
        .executeTakeFirst(),
    );
    expect(concarneau).toEqual({ name: 'Concarneau', departement_code: '29' });
    await expect(
      withSession(t.db, null, (tx) =>
        tx.updateTable('communes').set({ name: 'x' }).where('code', '=', '29039').execute(),
      ),
    ).rejects.toThrow(/permission denied/);
  });

  it('sets the role and claims with `begin`, claims quoted whatever they hold', async () => {
    const awkward = { ...claims, email: `o'brien\\'; drop table regions; --@example.org`, note: '\\x27 "é"' };
    const row = await withSession(
      t.db,
      awkward,
      async (tx) =>
        (
          await sql<{ role: string; claims: string }>`
            select current_user as role, current_setting('request.jwt.claims') as claims`.execute(tx)
        ).rows[0],
    );
    expect(row?.role).toBe('authenticated');
    expect(JSON.parse(row?.claims ?? '')).toEqual(awkward);
  });

  it('opens only its own transaction with the session: one started inside it is plain', async () => {
    const inner = await withSession(t.db, null, () =>
      t.db
        .transaction()
        .execute(
          async (tx) => (await sql<{ role: string }>`select current_user as role`.execute(tx)).rows[0],
        ),
    );
    expect(inner).toEqual({ role: 'postgres' });
  });

  it('reads the public figures’ fingerprint with `begin`, not in a round trip of its own', async () => {
    const { db: logged, statements } = createStatementLoggingDb(t.url);
    try {
      for (const viewer of [null, claims]) {
        const [fromOpening, asked] = await withSession(logged, viewer, async (tx) => [
          await publicFiguresFingerprint(tx),
          (
            await sql<{ fingerprint: string }>`
              select private.public_figures_fingerprint() as fingerprint`.execute(tx)
          ).rows[0]?.fingerprint,
        ]);
        expect(fromOpening).toBe(asked);
      }
      // Per request: the opening (with the fingerprint), the test's own read, the commit. Nothing else.
      expect(statements).toHaveLength(6);
      expect(statements.filter((text) => text.startsWith('begin;'))).toEqual([
        expect.stringContaining('as public_figures_fingerprint'),
        expect.stringContaining('as public_figures_fingerprint'),
      ]);
    } finally {
      await logged.destroy();
    }
  });

  it('resolves a query of several statements to the last one’s rows', async () => {
    const { rows } = await sql<{ b: number }>`select 1 as a; select 2 as b`.execute(t.db);
    expect(rows).toEqual([{ b: 2 }]);
  });

  it('never returns a connection in an open transaction when the opening statement fails', async () => {
    const single = createDb(t.url, { max: 1 });
    try {
      await expect(
        withOpening('select 1 / 0', () => single.transaction().execute(async () => 'never')),
      ).rejects.toThrow(/division by zero/);
      // The only connection of the pool is usable, outside any transaction.
      const { rows } = await sql<{ open: boolean }>`
        select now() <> statement_timestamp() or pg_current_xact_id_if_assigned() is not null as open`.execute(
        single,
      );
      expect(rows[0]).toEqual({ open: false });
    } finally {
      await single.destroy();
    }
  });
});
