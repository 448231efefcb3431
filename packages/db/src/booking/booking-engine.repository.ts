// The booking engine, for people without an account: each function runs inside a service-role
// transaction (`withServiceRole`), since RLS keeps bookings closed to anon. The SQL functions of
// supabase/migrations/20261123001500_booking_engine.sql and 20261123002100_booking_move_attendance.sql do
// the work in one statement each.
import { DomainError } from '@rf/domain/errors';
import { sql } from 'kysely';
import type { Tx } from '../rls.ts';

export type BookingStatus = 'confirmed' | 'waitlisted' | 'cancelled';

export interface NewBooking {
  sessionId: string;
  firstName: string;
  email: string | null;
  phone: string | null;
  prescriberName: string | null;
  prescriberOrganisation: string | null;
  /** Given only with the resident's consent to keep the prescriber informed (decision 043). */
  prescriberEmail?: string | null;
  userId: string | null;
  manageTokenHash: string;
  idempotencyKey: string;
  /** The language of the site as the person used it: their messages go out in it. */
  locale?: 'fr' | 'en';
}

export interface BookingResult {
  bookingId: string;
  status: BookingStatus;
  arrival: number;
  /** `created`: new; `replayed`: same idempotency key; `existing`: the person already holds a booking. */
  outcome: 'created' | 'replayed' | 'existing';
}

/**
 * Books a seat, or a place on the waitlist; undefined when the session is not public and scheduled. The
 * engine refuses a session outside its booking window (`booking_closed`) and a later session of a course
 * (`course_booking_only`, decision 044) as answers, not exceptions: the transaction stays usable.
 */
export async function bookSession(tx: Tx, b: NewBooking): Promise<BookingResult | undefined> {
  const { rows } = await sql<{
    booking_id: string | null;
    status: BookingStatus | null;
    arrival: number | null;
    outcome: BookingResult['outcome'] | 'not_found' | 'booking_closed' | 'course_booking_only';
  }>`
    select * from private.book_session(
      ${b.sessionId}::uuid, ${b.firstName}, ${b.email}, ${b.phone}, ${b.prescriberName},
      ${b.prescriberOrganisation}, ${b.prescriberEmail ?? null}, ${b.userId}::uuid, ${b.manageTokenHash},
      ${b.idempotencyKey}::uuid, ${b.locale ?? 'fr'}
    )`.execute(tx);
  const row = rows[0];
  if (!row || row.outcome === 'not_found') return undefined;
  if (row.outcome === 'booking_closed' || row.outcome === 'course_booking_only')
    throw new DomainError(row.outcome);
  return {
    bookingId: row.booking_id as string,
    status: row.status as BookingStatus,
    arrival: row.arrival as number,
    outcome: row.outcome,
  };
}

/** Cancels by private link; the first waiting person takes the freed seat. Undefined if nothing to cancel. */
export async function cancelBooking(
  tx: Tx,
  manageTokenHash: string,
): Promise<{ bookingId: string; promotedBookingId: string | null } | undefined> {
  const { rows } = await sql<{ booking_id: string; promoted_booking_id: string | null }>`
    select * from private.cancel_booking(${manageTokenHash})`.execute(tx);
  const row = rows[0];
  return row && { bookingId: row.booking_id, promotedBookingId: row.promoted_booking_id };
}

export interface MoveResult {
  /** The booking now held (in the target session when moved). */
  bookingId: string;
  status: BookingStatus;
  /** Who took the seat given back in the old session, if anyone. */
  promotedBookingId: string | null;
  /** `moved`; `replayed`: already in the target (a double submit); `already_booked`: held there already. */
  outcome: 'moved' | 'replayed' | 'already_booked';
}

/**
 * Moves the booking of a private link to another session of the same workshop, in one transaction: the
 * old seat goes to the first person waiting, the new one is taken or waitlisted. Undefined when there is
 * no active booking for the link or the target is not a public, scheduled session of that workshop.
 */
export async function moveBooking(
  tx: Tx,
  { manageTokenHash, targetSessionId }: { manageTokenHash: string; targetSessionId: string },
): Promise<MoveResult | undefined> {
  try {
    const { rows } = await sql<{
      booking_id: string;
      status: BookingStatus;
      promoted_booking_id: string | null;
      outcome: MoveResult['outcome'] | 'course_not_movable';
    }>`select * from private.move_booking(${manageTokenHash}, ${targetSessionId}::uuid)`.execute(tx);
    const row = rows[0];
    // A course booked as a whole keeps its dates (decision 044), whichever way the move was asked for.
    if (row?.outcome === 'course_not_movable') throw new DomainError('course_not_movable');
    return (
      row && {
        bookingId: row.booking_id,
        status: row.status,
        promotedBookingId: row.promoted_booking_id,
        outcome: row.outcome as MoveResult['outcome'],
      }
    );
  } catch (error) {
    if ((error as { code?: string }).code === 'P0002') return undefined;
    throw error;
  }
}

export interface BookingView {
  id: string;
  status: BookingStatus;
  arrival: number;
  firstName: string;
  email: string | null;
  phone: string | null;
  prescriberName: string | null;
  prescriberOrganisation: string | null;
  prescriberEmail: string | null;
  /** The private link's seed: for a session of a course, its lead booking's (decision 044). */
  idempotencyKey: string | null;
  /** For a session of a course booked as a whole: the lead booking (of its first session). */
  courseBookingId: string | null;
  /** Part of a course booked as a whole (the lead or a follower): it does not move. */
  course: boolean;
  sessionId: string;
  activityId: string;
  sessionCancelled: boolean;
  /** Why the session was cancelled, as its organiser wrote it (null: not cancelled, or no reason given). */
  sessionCancellationReason: string | null;
  title: string;
  placeName: string;
  address: string | null;
  postalCode: string | null;
  commune: string | null;
  startsAt: string;
  endsAt: string;
  cancellationCutoffMinutes: number;
  /** Whether the person came, once the place took attendance. */
  attendance: 'seen' | 'excused' | 'revoked' | 'noshow' | null;
  /** When the person answered "Je viens" from their private link (decision 040). */
  comingConfirmedAt: string | null;
  /** The language they booked in: their messages go out in it. */
  locale: 'fr' | 'en';
  /** People waiting before this booking (0 when first in line, or not waiting). */
  waitingBefore: number;
}

function bookingView(tx: Tx) {
  return tx
    .selectFrom('bookings as b')
    .innerJoin('sessions as s', 's.id', 'b.session_id')
    .innerJoin('activities as a', 'a.id', 's.activity_id')
    .innerJoin('places as p', 'p.id', 's.place_id')
    .leftJoin('communes as c', 'c.code', 'p.commune_code')
    .leftJoin('bookings as lead', 'lead.id', 'b.course_booking_id')
    .select((eb) => [
      'b.id',
      'b.status',
      'b.arrival',
      'b.first_name as firstName',
      'b.email',
      'b.phone',
      'b.prescriber_name as prescriberName',
      'b.prescriber_organisation as prescriberOrganisation',
      'b.prescriber_email as prescriberEmail',
      sql<string | null>`coalesce(lead.idempotency_key, b.idempotency_key)`.as('idempotencyKey'),
      'b.course_booking_id as courseBookingId',
      sql<boolean>`a.booking_scope = 'course' or b.course_booking_id is not null
        or exists (select 1 from public.bookings f where f.course_booking_id = b.id)`.as('course'),
      'b.session_id as sessionId',
      's.activity_id as activityId',
      sql<boolean>`s.status = 'cancelled'`.as('sessionCancelled'),
      's.cancellation_reason as sessionCancellationReason',
      'a.title',
      'p.name as placeName',
      'p.address',
      'p.postal_code as postalCode',
      'c.name as commune',
      's.starts_at as startsAt',
      's.ends_at as endsAt',
      's.cancellation_cutoff_minutes as cancellationCutoffMinutes',
      'b.attendance',
      'b.coming_confirmed_at as comingConfirmedAt',
      sql<'fr' | 'en'>`b.locale`.as('locale'),
      eb
        .selectFrom('bookings as w')
        .select(sql<number>`count(*)::int`.as('n'))
        .whereRef('w.session_id', '=', 'b.session_id')
        .where('w.status', '=', 'waitlisted')
        .whereRef('w.arrival', '<', 'b.arrival')
        .$asScalar()
        .$notNull()
        .as('waitingBefore'),
    ]);
}

export function findBookingByTokenHash(tx: Tx, manageTokenHash: string): Promise<BookingView | undefined> {
  return bookingView(tx).where('b.manage_token_hash', '=', manageTokenHash).executeTakeFirst();
}

export function findBookingById(tx: Tx, bookingId: string): Promise<BookingView | undefined> {
  return bookingView(tx).where('b.id', '=', bookingId).executeTakeFirst();
}

export interface CourseDate {
  sessionId: string;
  startsAt: string;
  endsAt: string;
  /** The session was cancelled (the rest of the course goes on). */
  sessionCancelled: boolean;
}

/**
 * The dates of a course booking (decision 044): its lead's session and its followers', in order. Empty for
 * a booking of a single session.
 */
export async function listCourseBookingDates(tx: Tx, leadBookingId: string): Promise<CourseDate[]> {
  return tx
    .selectFrom('bookings as b')
    .innerJoin('sessions as s', 's.id', 'b.session_id')
    .select([
      's.id as sessionId',
      's.starts_at as startsAt',
      's.ends_at as endsAt',
      sql<boolean>`s.status = 'cancelled'`.as('sessionCancelled'),
    ])
    .where((eb) => eb.or([eb('b.course_booking_id', '=', leadBookingId), eb('b.id', '=', leadBookingId)]))
    .where((eb) =>
      eb.exists(
        eb.selectFrom('bookings as f').select('f.id').where('f.course_booking_id', '=', leadBookingId),
      ),
    )
    .orderBy('s.starts_at')
    .orderBy('s.id')
    .execute();
}

/** "Je viens": recorded once, on a confirmed booking (its private link's hash). */
export async function confirmComing(tx: Tx, manageTokenHash: string): Promise<void> {
  await tx
    .updateTable('bookings')
    .set({ coming_confirmed_at: sql`now()` })
    .where('manage_token_hash', '=', manageTokenHash)
    .where('status', '=', 'confirmed')
    .where('coming_confirmed_at', 'is', null)
    .execute();
}
