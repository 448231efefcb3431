import { sql } from 'kysely';
import type { CourseSessionDate } from '../booking/course.repository.ts';
import type { Tx } from '../rls.ts';

export interface PublicSessionDetails {
  id: string;
  title: string;
  description: string | null;
  facilitatorName: string | null;
  feesKind: 'gratuit' | 'payant';
  placeName: string;
  placeSlug: string;
  address: string | null;
  postalCode: string | null;
  commune: string | null;
  locationNote: string | null;
  format: 'on_site' | 'remote' | 'hybrid';
  priceCents: number | null;
  startsAt: string;
  endsAt: string;
  capacity: number;
  /** Confirmed bookings; a count only, never who. */
  seatsTaken: number;
  bookingOpensAt: string | null;
  bookingClosesAt: string | null;
  cancellationCutoffMinutes: number;
  /**
   * When the activity is booked as a whole (a course, decision 044): its scheduled sessions in order, the
   * first being the one it is booked from; `null` when each session is booked on its own.
   */
  courseDates: CourseSessionDate[] | null;
}

/**
 * One session anyone may see and book (scheduled, of a published activity at a published place), with
 * its place's address and, for a course, its dates: one statement, as the session's page is one of the
 * most visited (issue 15). The filters are explicit: a signed-in member would otherwise also see drafts.
 */
export async function findPublicSession(
  tx: Tx,
  sessionId: string,
): Promise<PublicSessionDetails | undefined> {
  return tx
    .selectFrom('sessions as s')
    .innerJoin('activities as a', 'a.id', 's.activity_id')
    .innerJoin('places as p', 'p.id', 's.place_id')
    .leftJoin('communes as c', 'c.code', 'p.commune_code')
    .select([
      's.id',
      'a.title',
      'a.description',
      'a.facilitator_name as facilitatorName',
      'a.fees_kind as feesKind',
      'p.name as placeName',
      'p.slug as placeSlug',
      'p.address',
      'p.postal_code as postalCode',
      'c.name as commune',
      's.location_note as locationNote',
      'a.format',
      'a.price_cents as priceCents',
      's.starts_at as startsAt',
      's.ends_at as endsAt',
      's.capacity',
      sql<number>`coalesce(private.public_session_seats_taken(s.id), 0)`.as('seatsTaken'),
      's.booking_opens_at as bookingOpensAt',
      's.booking_closes_at as bookingClosesAt',
      's.cancellation_cutoff_minutes as cancellationCutoffMinutes',
      // Timestamps as text, as the driver reads a timestamp column (json would write them as ISO 8601).
      sql<CourseSessionDate[] | null>`case when a.booking_scope = 'course' then (
        select coalesce(json_agg(json_build_object(
          'id', x.id, 'startsAt', x.starts_at::text, 'endsAt', x.ends_at::text) order by x.starts_at, x.id), '[]')
        from public.sessions x where x.activity_id = a.id and x.status = 'scheduled') end`.as('courseDates'),
    ])
    .where('s.id', '=', sessionId)
    .where('s.status', '=', 'scheduled')
    .where('a.status', '=', 'published')
    .where('a.hidden_at', 'is', null)
    .where('p.status', '=', 'published')
    .where('p.hidden_at', 'is', null)
    .executeTakeFirst();
}
