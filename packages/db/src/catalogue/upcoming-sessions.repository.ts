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
  /** Begun, and someone confirmed is not marked seen, excused or absent yet. */
  attendancePending: boolean;
}

/**
 * A place's scheduled sessions from `from` on with their booking counts, for its team (RLS shows a place's
 * bookings to its team and to network admins only; anyone else would count nothing). With
 * `attendancePendingSince`, also the earlier sessions since then whose attendance is still to be taken
 * (someone confirmed not marked yet), so the manager still reaches them from the console.
 */
export async function listPlaceUpcomingSessions(
  tx: Tx,
  placeId: string,
  { from, limit, attendancePendingSince }: { from: string; limit: number; attendancePendingSince?: string },
): Promise<PlaceSession[]> {
  const unmarked = sql<boolean>`exists (
    select 1 from public.bookings b
    where b.session_id = s.id and b.status = 'confirmed' and b.attendance is null
  )`;
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
      sql<boolean>`s.starts_at <= now() and ${unmarked}`.as('attendancePending'),
    ])
    .where('s.place_id', '=', placeId)
    .where('s.status', '=', 'scheduled')
    .where((eb) =>
      attendancePendingSince === undefined
        ? eb('s.starts_at', '>=', from)
        : eb.or([
            eb('s.starts_at', '>=', from),
            eb.and([eb('s.starts_at', '>=', attendancePendingSince), unmarked]),
          ]),
    )
    .orderBy('s.starts_at')
    .orderBy('s.id')
    .limit(limit)
    .execute();
}
