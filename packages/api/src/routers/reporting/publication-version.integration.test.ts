import { createStatementLoggingDb, createTestDatabase, type TestDatabase } from '@rf/db/testing';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clearPublicationCache, readPublication, withPublicationVersion } from './publication.server.ts';

// The public share page's cost (issue 15): the publication's version comes with the transaction's `begin`.

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.drop());

describe('withPublicationVersion', () => {
  it('reads the publication’s version with `begin`, not in a round trip of its own', async () => {
    const { db: logged, statements } = createStatementLoggingDb(t.url);
    try {
      const { reading, asked } = await withPublicationVersion(logged, 'test', async (tx) => ({
        reading: await readPublication(logged, tx),
        asked: (await sql<{ f: string }>`select private.publication_fingerprint() as f`.execute(tx)).rows[0]
          ?.f,
      }));
      expect(reading.key).toBe(asked);
      // The version came with the opening (as the service role): only the test itself asked for it again.
      expect(statements[0]).toMatch(/^begin;.*'service_role'.*as publication_fingerprint$/s);
      expect(statements.filter((text) => text.includes('publication_fingerprint()'))).toEqual([
        statements[0],
        expect.stringContaining('as f'),
      ]);
      expect(statements.at(-1)).toBe('commit');
    } finally {
      clearPublicationCache(logged);
      await logged.destroy();
    }
  });
});
