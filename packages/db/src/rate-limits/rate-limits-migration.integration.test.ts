import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabaseAt, type DatabaseAtMigration } from '../testing/index.ts';

// Decision 075's migrations on counters written the old way (one row per window): the counts people have
// already spent are carried over, not reset, so an upgrade never hands a flooding script a fresh allowance.

let t: DatabaseAtMigration;
beforeAll(async () => {
  // The last migration before 075 (20261207151119_rate_limits_one_row.sql).
  t = await createDatabaseAt('20261207121537');
});
afterAll(() => t.drop());

describe('rate-limit counters, one row per subject (075)', () => {
  it('keep each subject’s latest window, with the window just before it as the previous one', async () => {
    // Hour-long windows (their rows expire at the end of the window after theirs), and one day-long.
    await sql`
      insert into private.rate_limit_counters (bucket, subject, window_start, hits, expires_at)
      select bucket, subject, w::timestamptz, hits, w::timestamptz + make_interval(secs => 2 * seconds)
      from (values
        ('sign-in:address', '203.0.113.7', '2026-12-07 10:00:00+00', 3, 3600),
        ('sign-in:address', '203.0.113.7', '2026-12-07 09:00:00+00', 5, 3600),
        ('sign-in:address', '198.51.100.2', '2026-12-07 09:00:00+00', 2, 3600),
        ('sign-in:email', 'camille@example.org', '2026-12-07 10:00:00+00', 4, 3600),
        ('sign-in:email', 'camille@example.org', '2026-12-07 08:00:00+00', 7, 3600),
        ('bookings:person', 'p:42', '2026-12-07 00:00:00+00', 6, 86400),
        ('bookings:person', 'p:42', '2026-12-06 00:00:00+00', 1, 86400)
      ) as v (bucket, subject, w, hits, seconds)`.execute(t.db);

    await t.migrateRest();

    const { rows } = await sql<{
      bucket: string;
      subject: string;
      windowStart: string;
      hits: number;
      previousHits: number;
      windowSeconds: number;
    }>`
      select bucket, subject, to_char(window_start at time zone 'UTC', 'YYYY-MM-DD HH24:MI') as "windowStart",
        hits, previous_hits as "previousHits", window_seconds as "windowSeconds"
      from private.rate_limit_counters order by bucket, subject`.execute(t.db);
    expect(rows).toEqual([
      // The day before counts as the previous window of a day-long limit.
      {
        bucket: 'bookings:person',
        subject: 'p:42',
        windowStart: '2026-12-07 00:00',
        hits: 6,
        previousHits: 1,
        windowSeconds: 86400,
      },
      // A lone window stays as it was, with nothing before it.
      {
        bucket: 'sign-in:address',
        subject: '198.51.100.2',
        windowStart: '2026-12-07 09:00',
        hits: 2,
        previousHits: 0,
        windowSeconds: 3600,
      },
      {
        bucket: 'sign-in:address',
        subject: '203.0.113.7',
        windowStart: '2026-12-07 10:00',
        hits: 3,
        previousHits: 5,
        windowSeconds: 3600,
      },
      // Two hours earlier is not the window just before: it no longer counted.
      {
        bucket: 'sign-in:email',
        subject: 'camille@example.org',
        windowStart: '2026-12-07 10:00',
        hits: 4,
        previousHits: 0,
        windowSeconds: 3600,
      },
    ]);
  });
});
