import type { RateLimit, RateLimitCheck } from '@rf/domain/rate-limits/window';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, type Db } from '../client.ts';
import { withServiceRole } from '../service.server.ts';
import { createTestDatabase, type TestDatabase } from '../testing/index.ts';
import { forgetExpiredRateLimits, settleRateLimits, takeRateLimits } from './rate-limits.repository.ts';

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
      sql`insert into private.rate_limit_counters (bucket, subject, window_seconds, window_start, hits)
        select ${check.limit.bucket}, ${check.subject}, 2592000, w - interval '30 days', 1000000
        from (select to_timestamp(floor(extract(epoch from now()) / 2592000) * 2592000) as w) s`.execute(tx),
    );
    const result = await takeRateLimits(t.db, 'test', [check]);
    expect(result.allowed).toBe(false);
    expect(await hitsOf(check)).toBe(1_000_000);
  });

  it("rolls a counter into the new window: its hits become the previous window's", async () => {
    const lastHour = { limit: limit(10), subject: 'last hour' };
    const longAgo = { limit: limit(10), subject: 'two hours ago' };
    await withServiceRole(t.db, 'test', (tx) =>
      sql`insert into private.rate_limit_counters (bucket, subject, window_seconds, window_start, hits)
        select c.bucket, c.subject, 3600, w - c.back, 7
        from (select to_timestamp(floor(extract(epoch from now()) / 3600) * 3600) as w) s,
          (values (${lastHour.limit.bucket}, ${lastHour.subject}, interval '1 hour'),
            (${longAgo.limit.bucket}, ${longAgo.subject}, interval '2 hours')) as c (bucket, subject, back)`.execute(
        tx,
      ),
    );
    const taken = await takeRateLimits(t.db, 'test', [lastHour, longAgo]);
    if (!taken.allowed) throw new Error('refused');
    const counts = Object.fromEntries(taken.hits.map((hit) => [hit.check.subject, hit.counts]));
    expect(counts['last hour']).toMatchObject({ current: 1, previous: 7 });
    expect(counts['two hours ago']).toMatchObject({ current: 1, previous: 0 });
    // One row per subject, in the current window.
    const { rows } = await sql<{ rows: number; current: boolean }>`
      select count(*)::int as rows,
        bool_and(window_start = to_timestamp(floor(extract(epoch from now()) / 3600) * 3600)) as current
      from private.rate_limit_counters where bucket in (${lastHour.limit.bucket}, ${longAgo.limit.bucket})`.execute(
      t.db,
    );
    expect(rows[0]).toEqual({ rows: 2, current: true });
  });

  it('gives back a hit counted in a window that has rolled over since', async () => {
    const check = { limit: limit(5), subject: 'rolled' };
    const taken = await takeRateLimits(t.db, 'test', [check]);
    if (!taken.allowed) throw new Error('refused');
    // The next window began and counted a hit of its own: the hit taken above is now the previous window's.
    await sql`update private.rate_limit_counters
      set window_start = window_start + interval '1 hour', previous_hits = hits, hits = 1
      where bucket = ${check.limit.bucket}`.execute(t.db);
    await settleRateLimits(t.db, 'test', { release: taken.hits });
    const { rows } = await sql<{ hits: number; previous_hits: number }>`
      select hits, previous_hits from private.rate_limit_counters where bucket = ${check.limit.bucket}`.execute(
      t.db,
    );
    expect(rows).toEqual([{ hits: 1, previous_hits: 0 }]);
  });

  it('forgets the counters that no longer count, and only those', async () => {
    const old = { limit: limit(5), subject: 'old' };
    const live = { limit: limit(5), subject: 'live' };
    await withServiceRole(t.db, 'test', (tx) =>
      sql`insert into private.rate_limit_counters (bucket, subject, window_seconds, window_start, hits)
        values (${old.limit.bucket}, ${old.subject}, 3600, now() - interval '3 hours', 4)`.execute(tx),
    );
    await takeRateLimits(t.db, 'test', [live]);
    const forgotten = await withServiceRole(t.db, 'test', forgetExpiredRateLimits);
    expect(forgotten).toBeGreaterThanOrEqual(1);
    expect(await hitsOf(old)).toBe(0);
    expect(await hitsOf(live)).toBe(1);
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
    const statements = [
      sql`select * from private.count_rate_limit_hits(array['x'], array['y'], array[60])`,
      sql`select private.forget_expired_rate_limits()`,
      sql`select * from private.rate_limit_counters`,
    ];
    for (const role of ['anon', 'authenticated']) {
      for (const [i, statement] of statements.entries()) {
        const denied = await t.db
          .transaction()
          .execute(async (tx) => {
            await sql`select set_config('role', ${role}, true)`.execute(tx);
            await statement.execute(tx);
            return false;
          })
          .catch((error: { code?: string }) => error.code === '42501');
        expect(denied, `${role}, statement ${i}`).toBe(true);
      }
    }
  });
});
