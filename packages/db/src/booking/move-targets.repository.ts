import { sql } from 'kysely';
import type { Tx } from '../rls.ts';

export interface MoveTarget {
  id: string;
  startsAt: string;
  endsAt: string;
  capacity: number;
  /** Confirmed bookings; a count only, never who. */
  seatsTaken: number;
  bookingOpensAt: string | null;
  bookingClosesAt: string | null;
}

/**
 * The other sessions of a workshop a booking could move to: public (scheduled, published, not hidden,
 * at a published place) and starting after `from`, soonest first. Whether each takes bookings now is
 * the domain's booking window.
 */
export async function listMoveTargets(
  tx: Tx,
  {
    activityId,
    exceptSessionId,
    from,
    limit,
  }: { activityId: string; exceptSessionId: string; from: string; limit: number },
): Promise<MoveTarget[]> {
  return tx
    .selectFrom('sessions as s')
    .innerJoin('activities as a', 'a.id', 's.activity_id')
    .innerJoin('places as p', 'p.id', 's.place_id')
    .select([
      's.id',
      's.starts_at as startsAt',
      's.ends_at as endsAt',
      's.capacity',
      sql<number>`coalesce(private.public_session_seats_taken(s.id), 0)`.as('seatsTaken'),
      's.booking_opens_at as bookingOpensAt',
      's.booking_closes_at as bookingClosesAt',
    ])
    .where('s.activity_id', '=', activityId)
    .where('s.id', '<>', exceptSessionId)
    .where('s.status', '=', 'scheduled')
    .where('s.starts_at', '>', from)
    .where('a.status', '=', 'published')
    .where('a.hidden_at', 'is', null)
    .where('p.status', '=', 'published')
    .where('p.hidden_at', 'is', null)
    .orderBy('s.starts_at')
    .orderBy('s.id')
    .limit(limit)
    .execute();
}
