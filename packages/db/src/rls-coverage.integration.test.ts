import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from './testing/index.ts';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.drop());

describe('row-level security coverage', () => {
  it('is enabled on every table of every exposed schema', async () => {
    const { rows } = await sql<{ table: string }>`
      select n.nspname || '.' || c.relname as table
      from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where c.relkind in ('r', 'p') and n.nspname in ('public', 'private') and not c.relrowsecurity
      order by 1`.execute(t.db);
    expect(rows.map((r) => r.table)).toEqual([]);
  });

  it('grants nothing to anon or authenticated on a table that has no policy for them', async () => {
    const { rows } = await sql<{ grant: string }>`
      select distinct g.table_name || ':' || g.grantee as grant
      from information_schema.role_table_grants g
      where g.table_schema = 'public' and g.grantee in ('anon', 'authenticated')
        and not exists (
          select from pg_policies p
          where p.schemaname = 'public' and p.tablename = g.table_name
            and (g.grantee = any (p.roles) or 'public' = any (p.roles))
        )
      order by 1`.execute(t.db);
    expect(rows.map((r) => r.grant)).toEqual([]);
  });
});
