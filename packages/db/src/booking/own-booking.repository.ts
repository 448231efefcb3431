// A signed-in person's own bookings (`bookings.user_id`, made with "book-for-me"), managed from their member
// space with the same engine as the private link: the booking is resolved by (id, user_id) to its private
// link's hash, then private.cancel_booking / private.move_booking do the work (booking-engine.repository.ts).
import { sql } from 'kysely';
import type { Tx } from '../rls.ts';

/**
 * The private link's hash of a booking that belongs to this account; undefined for an unknown id and for
 * anyone else's booking alike, so the two cannot be told apart. Service role only: the hash is never
 * readable by a client (column grants), which is also why the account check is made here, in the query.
 */
export async function findOwnBookingTokenHash(
  tx: Tx,
  { bookingId, userId }: { bookingId: string; userId: string },
): Promise<string | undefined> {
  const row = await tx
    .selectFrom('bookings')
    .select('manage_token_hash')
    .where('id', '=', bookingId)
    .where('user_id', '=', userId)
    .where('manage_token_hash', 'is not', null)
    .executeTakeFirst();
  return row?.manage_token_hash ?? undefined;
}

export interface OwnBookingRules {
  id: string;
  sessionId: string;
  activityId: string;
  sessionCancelled: boolean;
  cancellationCutoffMinutes: number;
  /** Part of a course booked as a whole (decision 044): it keeps its dates. */
  course: boolean;
  /** A later session of a course: it goes with the course's first booking, not on its own. */
  courseFollower: boolean;
}

/**
 * What the member space needs to decide, with the domain's rules, which of these bookings can still be
 * cancelled or moved: their session, workshop and cut-off. Only the person's own bookings (RLS, and the
 * account check here too).
 */
export async function listOwnBookingRules(
  tx: Tx,
  userId: string,
  bookingIds: readonly string[],
): Promise<OwnBookingRules[]> {
  if (bookingIds.length === 0) return [];
  return tx
    .selectFrom('bookings as b')
    .innerJoin('sessions as s', 's.id', 'b.session_id')
    .innerJoin('activities as a', 'a.id', 's.activity_id')
    .select([
      'b.id',
      'b.session_id as sessionId',
      's.activity_id as activityId',
      sql<boolean>`s.status = 'cancelled'`.as('sessionCancelled'),
      's.cancellation_cutoff_minutes as cancellationCutoffMinutes',
      sql<boolean>`a.booking_scope = 'course' or b.course_booking_id is not null`.as('course'),
      sql<boolean>`b.course_booking_id is not null`.as('courseFollower'),
    ])
    .where('b.user_id', '=', userId)
    .where('b.id', 'in', [...bookingIds])
    .execute();
}
