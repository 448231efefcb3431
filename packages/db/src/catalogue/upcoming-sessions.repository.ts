import { sql } from 'kysely';
import type { Tx } from '../rls.ts';

export interface PublicSession {
  id: string;
  title: string;
  placeName: string;
  placeSlug: string;
  startsAt: string;
  endsAt: string;
  capacity: number;
  /** Confirmed bookings; a count only, never who. */
  seatsTaken: number;
}

/**
 * The next sessions anyone may book (scheduled, of a published activity at a published place), starting
 * after `from`. The filters are explicit: a signed-in member would otherwise also see their drafts.
 */
export async function listPublicUpcomingSessions(
  tx: Tx,
  { from, limit, placeId }: { from: string; limit: number; placeId?: string },
): Promise<PublicSession[]> {
  return tx
    .selectFrom('sessions as s')
    .innerJoin('activities as a', 'a.id', 's.activity_id')
    .innerJoin('places as p', 'p.id', 's.place_id')
    .select([
      's.id',
      'a.title',
      'p.name as placeName',
      'p.slug as placeSlug',
      's.starts_at as startsAt',
      's.ends_at as endsAt',
      's.capacity',
      sql<number>`coalesce(private.public_session_seats_taken(s.id), 0)`.as('seatsTaken'),
    ])
    .where('s.status', '=', 'scheduled')
    .where('s.starts_at', '>', from)
    .where('a.status', '=', 'published')
    .where('a.hidden_at', 'is', null)
    .where('p.status', '=', 'published')
    .where('p.hidden_at', 'is', null)
    .$if(placeId !== undefined, (q) => q.where('s.place_id', '=', placeId ?? ''))
    .orderBy('s.starts_at')
    .orderBy('s.id')
    .limit(limit)
    .execute();
}

export interface PlaceSession {
  id: string;
  placeId: string;
  title: string;
  activityStatus: 'draft' | 'published' | 'cancelled';
  startsAt: string;
  endsAt: string;
  capacity: number;
  confirmed: number;
  waitlisted: number;
}

/**
 * A place's next scheduled sessions with their booking counts, for its team (RLS shows a place's
 * bookings to its team and to network admins only; anyone else would count nothing).
 */
export async function listPlaceUpcomingSessions(
  tx: Tx,
  placeId: string,
  { from, limit }: { from: string; limit: number },
): Promise<PlaceSession[]> {
  return tx
    .selectFrom('sessions as s')
    .innerJoin('activities as a', 'a.id', 's.activity_id')
    .select((eb) => [
      's.id',
      's.place_id as placeId',
      'a.title',
      'a.status as activityStatus',
      's.starts_at as startsAt',
      's.ends_at as endsAt',
      's.capacity',
      eb
        .selectFrom('bookings as b')
        .select(sql<number>`count(*)::int`.as('n'))
        .whereRef('b.session_id', '=', 's.id')
        .where('b.status', '=', 'confirmed')
        .$asScalar()
        .$notNull()
        .as('confirmed'),
      eb
        .selectFrom('bookings as b')
        .select(sql<number>`count(*)::int`.as('n'))
        .whereRef('b.session_id', '=', 's.id')
        .where('b.status', '=', 'waitlisted')
        .$asScalar()
        .$notNull()
        .as('waitlisted'),
    ])
    .where('s.place_id', '=', placeId)
    .where('s.status', '=', 'scheduled')
    .where('s.starts_at', '>', from)
    .orderBy('s.starts_at')
    .orderBy('s.id')
    .limit(limit)
    .execute();
}
