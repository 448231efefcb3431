import { createStatementLoggingDb, createTestDatabase, type TestDatabase } from '@rf/db/testing';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Services } from '../../services.server.ts';
import {
  clearPublicationCache,
  loadPublication,
  loadPublishedDashboard,
  readPublication,
  withPublicationVersion,
} from './publication.server.ts';

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

describe('loadPublication', () => {
  it('suppresses a version once, however many requests ask for it while it is being built', async () => {
    // Seconds a quarter at network scale (decision 077): requests arriving meanwhile wait for the same one.
    const services = { db: t.db } as Services;
    const place = (
      await sql<{
        id: string;
      }>`insert into public.places (slug, name, address, commune_code, postal_code, status)
        values ('fabrique-du-port', 'Fabrique du Port', '1 rue du Port', '29039', '29900', 'published')
        returning id`.execute(t.db)
    ).rows[0]?.id;
    // Records first: a validated report freezes its period (decision 036).
    await sql`insert into public.activity_records (place_id, type, date, duration_minutes, themes, participants_total)
      values (${place}, 'collectif', '2026-02-10', 90, array['email'], 8)`.execute(t.db);
    await sql`insert into public.reports (place_id, period, period_start, status, submitted_at, reviewed_at)
      values (${place}, 'quarter', '2026-01-01', 'validated', now(), now())`.execute(t.db);
    clearPublicationCache(t.db);
    try {
      // Three requests that each read the version before any of them has suppressed it.
      const readings = [];
      for (let i = 0; i < 3; i++) {
        readings.push(await withPublicationVersion(t.db, 'test', (tx) => readPublication(t.db, tx)));
      }
      expect(readings.every((r) => r.source && !r.hit)).toBe(true);
      const year = { from: '2026-01-01', to: '2027-01-01' };
      const [first, second, third] = await Promise.all(
        readings.map((r) => loadPublishedDashboard(services, { kind: 'network' }, year, '', r)),
      );
      expect(first?.participants).toBe(8);
      // One snapshot, so one dashboard computed from it and shared.
      expect(second?.byQuarter).toBe(first?.byQuarter);
      expect(third?.byQuarter).toBe(first?.byQuarter);
      expect(await loadPublication(services)).toBe(await loadPublication(services));
    } finally {
      clearPublicationCache(t.db);
    }
  });
});
