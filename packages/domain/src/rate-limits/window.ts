/**
 * Rate limiting with a sliding window, pure: how many hits a subject made recently, whether one more is
 * allowed, and how long to wait when it is not. The store (packages/db, `private.rate_limit_counters`)
 * keeps one row per subject holding the current fixed window's hits and the previous one's (decision 075);
 * the sliding count weighs the previous window by the part of it still inside the last `windowSeconds` (the
 * approximation Cloudflare and others use): no burst of twice the limit across a window boundary.
 */

/** At most `max` hits per `windowSeconds` for each subject (a client address, an account, an e-mail…). */
export interface RateLimit {
  /** The counter's stable name, stored with every count: renaming a bucket starts it again from zero. */
  readonly bucket: string;
  readonly max: number;
  readonly windowSeconds: number;
}

/** One limit applied to one subject. */
export interface RateLimitCheck {
  readonly limit: RateLimit;
  readonly subject: string;
}

/** What the store counted: hits in the current fixed window (this one included) and in the one before. */
export interface WindowCounts {
  current: number;
  previous: number;
  /** Seconds since the current fixed window began (0 ≤ elapsed < windowSeconds). */
  elapsedSeconds: number;
}

export type Verdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

const ALLOWED: Verdict = { allowed: true };

function clampElapsed(limit: RateLimit, elapsedSeconds: number): number {
  return Math.min(Math.max(elapsedSeconds, 0), limit.windowSeconds);
}

/** The hits of the last `windowSeconds`: the current window, and the share of the previous one still in. */
export function slidingHits(limit: RateLimit, counts: WindowCounts): number {
  const elapsed = clampElapsed(limit, counts.elapsedSeconds);
  return (counts.previous * (limit.windowSeconds - elapsed)) / limit.windowSeconds + counts.current;
}

/**
 * Seconds until one more hit would be allowed, given the hits already counted (`current` without the
 * refused one): first while the previous window slides out, else in the next window while this one does.
 */
export function secondsUntilFree(limit: RateLimit, counted: WindowCounts): number {
  const window = limit.windowSeconds;
  const elapsed = clampElapsed(limit, counted.elapsedSeconds);
  const room = limit.max - 1; // the sliding count a new hit may find
  let wait: number;
  if (counted.current <= room && counted.previous > 0) {
    // previous × (window − t) / window + current ≤ room, for t = elapsed + wait within this window.
    const t = window - (window * (room - counted.current)) / counted.previous;
    wait = Math.max(0, t - elapsed);
  } else if (counted.current <= room) {
    wait = 0;
  } else {
    // In the next window: current × (window − t′) / window ≤ room, for t′ = elapsed + wait − window.
    const t = counted.current > 0 ? window * (1 - room / counted.current) : 0;
    wait = window - elapsed + Math.max(0, t);
  }
  return Math.max(1, Math.ceil(wait));
}

/** Whether the hit just counted (`counts.current` includes it) stays within the limit. */
export function verdict(limit: RateLimit, counts: WindowCounts): Verdict {
  if (slidingHits(limit, counts) <= limit.max) return ALLOWED;
  return {
    allowed: false,
    retryAfterSeconds: secondsUntilFree(limit, { ...counts, current: Math.max(0, counts.current - 1) }),
  };
}

/** Several limits on one request: refused if any refuses, to be retried when the last of them frees. */
export function combineVerdicts(verdicts: readonly Verdict[]): Verdict {
  let retryAfterSeconds = 0;
  for (const v of verdicts)
    if (!v.allowed) retryAfterSeconds = Math.max(retryAfterSeconds, v.retryAfterSeconds);
  return retryAfterSeconds > 0 ? { allowed: false, retryAfterSeconds } : ALLOWED;
}

/**
 * The subject a client address is counted under. An IPv4 address is itself (a whole household or a
 * tiers-lieu behind one box shares it; carrier-grade NAT too, hence limits that leave room). An IPv6
 * address counts with its /64 network: one subscriber gets a whole /64 and could otherwise change
 * address at every request. IPv4 written as IPv6 (`::ffff:192.0.2.1`) is IPv4. Anything unreadable
 * counts as itself, and an empty address as `unknown` (all such requests share one allowance).
 */
export function clientSubject(address: string): string {
  const raw = address
    .trim()
    .toLowerCase()
    .replace(/%.*$/, '')
    .replace(/^\[|\]$/g, '');
  if (!raw) return 'unknown';
  const mapped = raw.match(/^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/);
  if (mapped?.[1]) return mapped[1];
  if (/^\d{1,3}(?:\.\d{1,3}){3}$/.test(raw)) return raw;
  const groups = ipv6Groups(raw);
  if (!groups) return raw;
  return `${groups
    .slice(0, 4)
    .map((g) => g.toString(16))
    .join(':')}::/64`;
}

/** The eight 16-bit groups of an IPv6 address, or null when it is not one. */
function ipv6Groups(text: string): number[] | null {
  if (!text.includes(':') || (text.match(/::/g) ?? []).length > 1) return null;
  const [head = '', tail] = text.split('::');
  const parts = (side: string): number[] | null => {
    if (side === '') return [];
    const out: number[] = [];
    const pieces = side.split(':');
    for (const [i, piece] of pieces.entries()) {
      if (i === pieces.length - 1 && piece.includes('.')) {
        const bytes = piece.split('.').map(Number);
        if (bytes.length !== 4 || bytes.some((b) => !Number.isInteger(b) || b < 0 || b > 255)) return null;
        const [a = 0, b = 0, c = 0, d = 0] = bytes;
        out.push(a * 256 + b, c * 256 + d);
      } else if (/^[0-9a-f]{1,4}$/.test(piece)) {
        out.push(Number.parseInt(piece, 16));
      } else {
        return null;
      }
    }
    return out;
  };
  const before = parts(head);
  const after = tail === undefined ? [] : parts(tail);
  if (!before || !after) return null;
  if (tail === undefined) return before.length === 8 ? before : null;
  const missing = 8 - before.length - after.length;
  if (missing < 1) return null;
  return [...before, ...Array<number>(missing).fill(0), ...after];
}
