// A booking as `booking.book` makes it, in one statement (`private.place_booking`, migration
// 20261206205122_booking_in_the_engine.sql, decision 065): the rate-limit counters, the seat and what the
// page shows of it. Run inside a service-role transaction (`withServiceRole`); the statement leaves the
// verdict on the counts to the domain, here, so a refusal can roll the whole transaction back.
import { combineVerdicts, type RateLimitCheck, type Verdict, verdict } from '@rf/domain/rate-limits/window';
import { sql } from 'kysely';
import type { Tx } from '../rls.ts';
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
  /** The counted limits refused the attempt: roll the transaction back so that nothing is counted. */
  | { limits: Extract<Verdict, { allowed: false }> }
  /** Counted, and refused by the engine: commit, so that the attempt still counts. */
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
  outcome: BookingResult['outcome'] | 'not_found' | 'booking_closed' | 'course_booking_only';
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
  // A replay counts nothing and is never refused.
  if (row.counted_buckets.length === 0) return { allowed: true };
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
 * Counts the attempt against `limits` and books (or waitlists) in one round trip. The caller throws on a
 * refusal by the limits (rolling back the counts and the seat alike) and lets the engine's refusals commit.
 */
export async function placeBookingWithLimits(
  tx: Tx,
  b: NewBooking,
  limits: PlaceBookingLimits,
): Promise<PlaceBookingAnswer> {
  const { rows } = await sql<PlaceBookingRow>`
    select * from private.place_booking(
      ${b.sessionId}::uuid, ${b.firstName}, ${b.email}, ${b.phone}, ${b.prescriberName},
      ${b.prescriberOrganisation}, ${b.prescriberEmail ?? null}, ${b.userId}::uuid, ${b.manageTokenHash},
      ${b.idempotencyKey}::uuid, ${b.locale ?? 'fr'},
      ${limits.checks.map((c) => c.limit.bucket)}::text[], ${limits.checks.map((c) => c.subject)}::text[],
      ${limits.checks.map((c) => c.limit.windowSeconds)}::integer[], ${limits.unlessReplayOf}::uuid
    )`.execute(tx);
  const row = rows[0];
  if (!row) throw new Error('private.place_booking answered no row');
  const counted = judge(limits.checks, row);
  if (!counted.allowed) return { limits: counted };
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
