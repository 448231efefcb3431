// Storage of every rate limit (docs/decisions/033-rate-limits.md, 075): one counter per bucket and subject
// in `private.rate_limit_counters`, holding the current fixed window's hits and the previous one's, counted
// by `private.count_rate_limit_hits` (migration 20261207151119_rate_limits_one_row.sql); the verdict is the
// domain's sliding window (packages/domain/src/rate-limits). Only the server's service role reads and
// writes the counters.
import {
  combineVerdicts,
  type RateLimitCheck,
  verdict,
  type WindowCounts,
} from '@rf/domain/rate-limits/window';
import { sql } from 'kysely';
import type { Db } from '../client.ts';
import type { Tx } from '../rls.ts';
import { withServiceRole } from '../service.server.ts';

/** A hit counted against one limit, and where to find it to give it back. */
export interface CountedHit {
  check: RateLimitCheck;
  windowStart: string;
  counts: WindowCounts;
}

/** A form sent again with the key of a row it already made: its hits are not counted twice. */
export interface ReplayKey {
  table: 'bookings' | 'appointments';
  idempotencyKey: string;
}

/**
 * Counts one hit on each check (one counter per bucket and subject) and reads the counts back. The
 * counters stay locked until the transaction ends: roll it back to take the hits back. With `unlessReplay`,
 * nothing is counted when a row already carries that idempotency key (the same statement checks it, so a
 * booking costs one round trip for its limits): the answer is then `'replayed'`.
 */
export async function countHits(
  tx: Tx,
  checks: readonly RateLimitCheck[],
  unlessReplay?: ReplayKey,
): Promise<CountedHit[] | 'replayed'> {
  if (checks.length === 0) return [];
  const arrays = {
    buckets: checks.map((c) => c.limit.bucket),
    subjects: checks.map((c) => c.subject),
    windows: checks.map((c) => c.limit.windowSeconds),
  };
  const used = unlessReplay
    ? sql<boolean>`exists (select 1 from ${sql.table(`public.${unlessReplay.table}`)} r
        where r.idempotency_key = ${unlessReplay.idempotencyKey}::uuid)`
    : sql<boolean>`false`;
  const { rows } = await sql<{
    replayed: boolean;
    bucket: string | null;
    subject: string | null;
    window_start: string;
    current_hits: number;
    previous_hits: number;
    elapsed_seconds: number;
  }>`with used as (select ${used} as replayed)
    select used.replayed, c.* from used left join lateral private.count_rate_limit_hits(
      case when used.replayed then '{}' else ${arrays.buckets}::text[] end,
      case when used.replayed then '{}' else ${arrays.subjects}::text[] end,
      case when used.replayed then '{}' else ${arrays.windows}::integer[] end
    ) c on true`.execute(tx);
  if (rows[0]?.replayed) return 'replayed';
  return checks.map((check) => {
    const row = rows.find((r) => r.bucket === check.limit.bucket && r.subject === check.subject);
    if (!row) throw new Error(`rate limit ${check.limit.bucket} was not counted`);
    return {
      check,
      windowStart: row.window_start,
      counts: {
        current: row.current_hits,
        previous: row.previous_hits,
        elapsedSeconds: Number(row.elapsed_seconds),
      },
    };
  });
}

/** Deletes the counters past the window after theirs (the worker's hourly `rate-limit-purge`); how many. */
export async function forgetExpiredRateLimits(tx: Tx): Promise<number> {
  const { rows } = await sql<{ forgotten: number }>`
    select private.forget_expired_rate_limits() as forgotten`.execute(tx);
  return rows[0]?.forgotten ?? 0;
}

/** Gives back one hit (in the window it was counted in). */
export async function releaseHit(tx: Tx, hit: CountedHit): Promise<void> {
  await sql`select private.release_rate_limit_hit(${hit.check.limit.bucket}, ${hit.check.subject},
    ${hit.windowStart}::timestamptz)`.execute(tx);
}

/** Forgets everything a subject counted in a bucket. */
export async function clearRateLimit(tx: Tx, check: RateLimitCheck): Promise<void> {
  await sql`select private.clear_rate_limit(${check.limit.bucket}, ${check.subject})`.execute(tx);
}

export type TakeResult =
  | { allowed: true; hits: CountedHit[] }
  | { allowed: false; retryAfterSeconds: number; refused: RateLimitCheck[] };

class Refused {
  constructor(readonly result: Extract<TakeResult, { allowed: false }>) {}
}

/**
 * Counts a hit on every check inside `tx` and judges them: when any limit refuses, throws (so the caller's
 * transaction rolls back and nothing is counted) an error that {@link refusalOf} reads. `'replayed'` when
 * `unlessReplay` found its key: nothing counted, nothing refused.
 */
export async function takeRateLimitsIn(
  tx: Tx,
  checks: readonly RateLimitCheck[],
  unlessReplay?: ReplayKey,
): Promise<CountedHit[] | 'replayed'> {
  const hits = await countHits(tx, checks, unlessReplay);
  if (hits === 'replayed') return hits;
  const verdicts = hits.map((hit) => verdict(hit.check.limit, hit.counts));
  const combined = combineVerdicts(verdicts);
  if (!combined.allowed) {
    throw new Refused({
      allowed: false,
      retryAfterSeconds: combined.retryAfterSeconds,
      refused: hits.filter((_, i) => !verdicts[i]?.allowed).map((hit) => hit.check),
    });
  }
  return hits;
}

/** The refusal thrown by {@link takeRateLimitsIn}, once its transaction has rolled back; else undefined. */
export function refusalOf(error: unknown): Extract<TakeResult, { allowed: false }> | undefined {
  return error instanceof Refused ? error.result : undefined;
}

/**
 * Counts a hit on every check, all or nothing, in a transaction of its own: allowed when every limit
 * allows it; refused otherwise, and then nothing is counted (a refusal does not push the window further)
 * and the answer says when the last refusing limit frees. Holds across app instances: the counters are
 * rows, locked while counted.
 */
export async function takeRateLimits(
  db: Db,
  purpose: string,
  checks: readonly RateLimitCheck[],
): Promise<TakeResult> {
  try {
    const hits = await withServiceRole(db, `rate limit: ${purpose}`, (tx) => takeRateLimitsIn(tx, checks));
    return { allowed: true, hits: hits === 'replayed' ? [] : hits };
  } catch (error) {
    const refused = refusalOf(error);
    if (refused) return refused;
    throw error;
  }
}

/** Gives back hits taken by `takeRateLimits` (each in its own window), and forgets whole subjects. */
export async function settleRateLimits(
  db: Db,
  purpose: string,
  { release = [], clear = [] }: { release?: readonly CountedHit[]; clear?: readonly RateLimitCheck[] },
): Promise<void> {
  if (release.length === 0 && clear.length === 0) return;
  await withServiceRole(db, `rate limit: ${purpose}`, async (tx) => {
    for (const hit of release) await releaseHit(tx, hit);
    for (const check of clear) await clearRateLimit(tx, check);
  });
}
