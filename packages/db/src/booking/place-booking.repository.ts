// A booking as `booking.book` makes it, in one autocommit statement (`private.place_booking`, migrations
// 20261206205122_booking_in_the_engine.sql and 20261207121537_booking_one_statement.sql, decisions 065 and
// 074): the rate-limit counters and their verdict, the seat and what the page shows of it. The statement
// decides whether the limits allow the attempt (the domain's sliding window, written again in SQL); the
// domain says, from the counts it returns, how long a refused person waits.
import { combineVerdicts, type RateLimitCheck, type Verdict, verdict } from '@rf/domain/rate-limits/window';
import { type Kysely, sql } from 'kysely';
import type { DB } from '../schema.ts';
import type { BookingResult, BookingStatus, NewBooking } from './booking-engine.repository.ts';

/** What the booking page shows of a booking just made (or found again). */
export interface PlacedBookingView {
  status: BookingStatus;
  title: string;
  placeName: string;
  startsAt: string;
  email: string | null;
  phone: string | null;
  prescriberEmail: string | null;
  /** People waiting before this booking (0 when first in line, or not waiting). */
  waitingBefore: number;
  /** Part of a course booked as a whole (decision 044): its dates are read apart. */
  course: boolean;
}

export type PlaceBookingAnswer =
  /** The limits refused the attempt: nothing counted, nothing booked. */
  | { limits: Extract<Verdict, { allowed: false }> }
  /**
   * Refused by the engine. A closed or unknown session still counts the attempt; a later session of a
   * course counts nothing (it is booked only with the course's first one).
   */
  | { limits: { allowed: true }; refused: 'not_found' | 'booking_closed' | 'course_booking_only' }
  | {
      limits: { allowed: true };
      booked: Pick<BookingResult, 'bookingId' | 'outcome'>;
      booking: PlacedBookingView;
    };

export interface PlaceBookingLimits {
  checks: readonly RateLimitCheck[];
  /** Counted only when no booking holds this key yet (a form sent again is not counted twice). */
  unlessReplayOf: string | null;
}

interface PlaceBookingRow {
  counted_buckets: string[];
  counted_subjects: string[];
  current_hits: number[];
  previous_hits: number[];
  elapsed_seconds: number[];
  booking_id: string | null;
  outcome: BookingResult['outcome'] | 'not_found' | 'booking_closed' | 'course_booking_only' | 'limited';
  status: BookingStatus | null;
  title: string | null;
  place_name: string | null;
  starts_at: string | null;
  booked_email: string | null;
  booked_phone: string | null;
  booked_prescriber_email: string | null;
  waiting_before: number | null;
  course: boolean | null;
}

/** The domain's verdict on the counts (as `takeRateLimitsIn` judges them); every check must be counted. */
function judge(checks: readonly RateLimitCheck[], row: PlaceBookingRow): Verdict {
  return combineVerdicts(
    checks.map((check) => {
      const i = row.counted_buckets.findIndex(
        (bucket, n) => bucket === check.limit.bucket && row.counted_subjects[n] === check.subject,
      );
      if (i < 0) throw new Error(`rate limit ${check.limit.bucket} was not counted`);
      return verdict(check.limit, {
        current: row.current_hits[i] as number,
        previous: row.previous_hits[i] as number,
        elapsedSeconds: row.elapsed_seconds[i] as number,
      });
    }),
  );
}

/**
 * Counts the attempt against `limits` and books (or waitlists) in one round trip. Given the pool (`Db`),
 * the statement is its own transaction, sent as the login role, which owns the function; given a
 * service-role transaction, it is one statement of it.
 */
export async function placeBookingWithLimits(
  db: Kysely<DB>,
  b: NewBooking,
  limits: PlaceBookingLimits,
): Promise<PlaceBookingAnswer> {
  const { rows } = await sql<PlaceBookingRow>`
    select * from private.place_booking(
      ${b.sessionId}::uuid, ${b.firstName}, ${b.email}, ${b.phone}, ${b.prescriberName},
      ${b.prescriberOrganisation}, ${b.prescriberEmail ?? null}, ${b.userId}::uuid, ${b.manageTokenHash},
      ${b.idempotencyKey}::uuid, ${b.locale ?? 'fr'},
      ${limits.checks.map((c) => c.limit.bucket)}::text[], ${limits.checks.map((c) => c.subject)}::text[],
      ${limits.checks.map((c) => c.limit.windowSeconds)}::integer[],
      ${limits.checks.map((c) => c.limit.max)}::integer[], ${limits.unlessReplayOf}::uuid
    )`.execute(db);
  const row = rows[0];
  if (!row) throw new Error('private.place_booking answered no row');
  if (row.outcome === 'limited') {
    const counted = judge(limits.checks, row);
    // The SQL rule and the domain's are one rule (held equal by a property test): a difference is a bug.
    if (counted.allowed) throw new Error('private.rate_limit_within refused what the domain allows');
    return { limits: counted };
  }
  const allowed = { allowed: true } as const;
  if (
    row.outcome === 'not_found' ||
    row.outcome === 'booking_closed' ||
    row.outcome === 'course_booking_only'
  )
    return { limits: allowed, refused: row.outcome };
  if (row.booking_id === null || row.status === null) return { limits: allowed, refused: 'not_found' };
  return {
    limits: allowed,
    booked: { bookingId: row.booking_id, outcome: row.outcome },
    booking: {
      status: row.status,
      title: row.title as string,
      placeName: row.place_name as string,
      startsAt: row.starts_at as string,
      email: row.booked_email,
      phone: row.booked_phone,
      prescriberEmail: row.booked_prescriber_email,
      waitingBefore: row.waiting_before ?? 0,
      course: row.course === true,
    },
  };
}
