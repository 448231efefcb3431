import type { RateLimit, RateLimitCheck } from '@rf/domain/rate-limits/window';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, type Db } from '../client.ts';
import { withServiceRole } from '../service.server.ts';
import { createTestDatabase, type TestDatabase } from '../testing/index.ts';
import { settleRateLimits, takeRateLimits } from './rate-limits.repository.ts';

// The one store of rate limits on the real database: two pools stand for two app instances.
let t: TestDatabase;
let second: Db;

beforeAll(async () => {
  t = await createTestDatabase();
  second = createDb(t.url, { max: 10 });
});
afterAll(async () => {
  await second.destroy();
  await t.drop();
});

let n = 0;
/** A limit of its own for each test, so tests do not share counters. */
function limit(max: number, windowSeconds = 3600): RateLimit {
  n += 1;
  return { bucket: `test:${n}`, max, windowSeconds };
}

async function hitsOf(check: RateLimitCheck): Promise<number> {
  const { rows } = await sql<{ hits: number }>`
    select coalesce(sum(hits), 0)::int as hits from private.rate_limit_counters
    where bucket = ${check.limit.bucket} and subject = ${check.subject}`.execute(t.db);
  return rows[0]?.hits ?? 0;
}

describe('takeRateLimits', () => {
  it('lets exactly the limit through when 30 requests come at once on two instances', async () => {
    const check = { limit: limit(12), subject: '203.0.113.7' };
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) => takeRateLimits(i % 2 ? second : t.db, 'test', [check])),
    );
    expect(results.filter((r) => r.allowed)).toHaveLength(12);
    const refused = results.filter((r) => !r.allowed);
    expect(refused).toHaveLength(18);
    for (const r of refused) {
      expect(r.allowed ? 0 : r.retryAfterSeconds).toBeGreaterThan(0);
      expect(r.allowed ? 0 : r.retryAfterSeconds).toBeLessThanOrEqual(7200);
    }
    // Refused requests are not counted: the window does not grow with the refusals.
    expect(await hitsOf(check)).toBe(12);
  });

  it('counts all limits or none: a refusal by one takes nothing from the others', async () => {
    const tight = { limit: limit(1), subject: 'a' };
    const loose = { limit: limit(5), subject: 'a' };
    expect((await takeRateLimits(t.db, 'test', [tight, loose])).allowed).toBe(true);
    const refused = await takeRateLimits(second, 'test', [loose, tight]);
    expect(refused).toMatchObject({ allowed: false, refused: [tight] });
    expect(await hitsOf(tight)).toBe(1);
    expect(await hitsOf(loose)).toBe(1);
  });

  it('counts each subject apart', async () => {
    const shared = limit(1);
    expect((await takeRateLimits(t.db, 'test', [{ limit: shared, subject: 'x' }])).allowed).toBe(true);
    expect((await takeRateLimits(t.db, 'test', [{ limit: shared, subject: 'y' }])).allowed).toBe(true);
    expect((await takeRateLimits(t.db, 'test', [{ limit: shared, subject: 'x' }])).allowed).toBe(false);
  });

  it('still counts the previous window as it slides out', async () => {
    // A 30-day window whose previous window holds a million hits: they still weigh more than the limit
    // everywhere but in the last seconds of the window.
    const check = { limit: limit(3, 30 * 86_400), subject: 'slide' };
    await withServiceRole(t.db, 'test', (tx) =>
      sql`insert into private.rate_limit_counters (bucket, subject, window_start, hits, expires_at)
        select ${check.limit.bucket}, ${check.subject}, w - interval '30 days', 1000000, w + interval '30 days'
        from (select to_timestamp(floor(extract(epoch from now()) / 2592000) * 2592000) as w) s`.execute(tx),
    );
    const result = await takeRateLimits(t.db, 'test', [check]);
    expect(result.allowed).toBe(false);
    expect(await hitsOf(check)).toBe(1_000_000);
  });

  it('forgets counters that no longer count, on the way', async () => {
    const old = { limit: limit(5), subject: 'old' };
    await withServiceRole(t.db, 'test', (tx) =>
      sql`insert into private.rate_limit_counters (bucket, subject, window_start, hits, expires_at)
        values (${old.limit.bucket}, ${old.subject}, now() - interval '3 hours', 4, now() - interval '1 hour')`.execute(
        tx,
      ),
    );
    await takeRateLimits(t.db, 'test', [{ limit: limit(5), subject: 'someone else' }]);
    expect(await hitsOf(old)).toBe(0);
  });

  it('gives a hit back, and forgets a subject', async () => {
    const perClient = { limit: limit(2), subject: 'client' };
    const perEmail = { limit: limit(2), subject: 'lea@example.org' };
    const taken = await takeRateLimits(t.db, 'test', [perClient, perEmail]);
    if (!taken.allowed) throw new Error('refused');
    await takeRateLimits(t.db, 'test', [perEmail]);
    expect(await hitsOf(perEmail)).toBe(2);
    await settleRateLimits(second, 'test', {
      release: taken.hits.filter((h) => h.check === perClient),
      clear: [perEmail],
    });
    expect(await hitsOf(perClient)).toBe(0);
    expect(await hitsOf(perEmail)).toBe(0);
  });

  it('is closed to the roles of the Data API', async () => {
    for (const role of ['anon', 'authenticated']) {
      const denied = await t.db
        .transaction()
        .execute(async (tx) => {
          await sql`select set_config('role', ${role}, true)`.execute(tx);
          await sql`select * from private.count_rate_limit_hits(array['x'], array['y'], array[60])`.execute(
            tx,
          );
          return false;
        })
        .catch((error: { code?: string }) => error.code === '42501');
      expect(denied, role).toBe(true);
    }
  });
});
