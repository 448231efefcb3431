// Public agendas as iCalendar feeds (a place's `/lieux/:slug/agenda.ics`, the network's
// `/ateliers/agenda.ics`): upcoming public sessions, and the ones cancelled recently so that subscribed
// calendars mark them cancelled instead of silently dropping them.
import { sql } from 'kysely';
import type { Tx } from '../rls.ts';

/** How long a cancelled session stays in the feed after it was cancelled. */
export const CANCELLED_SESSIONS_KEPT_DAYS = 30;
/** A feed stays small: a place rarely has more upcoming sessions than this. */
export const PLACE_FEED_MAX_SESSIONS = 500;

export interface PlaceFeedPlace {
  id: string;
  slug: string;
  name: string;
  address: string | null;
  postalCode: string | null;
  commune: string | null;
}

export interface PlaceFeedSession {
  id: string;
  title: string;
  description: string | null;
  locationNote: string | null;
  startsAt: string;
  endsAt: string;
  status: 'scheduled' | 'cancelled';
  /** The later of the session's and its activity's last change. */
  updatedAt: string;
  /** Grows with each change of its time, place or status (iCalendar SEQUENCE, decision 052). */
  sequence: number;
}

/** A public place (published, not hidden) by slug, or `null`. */
export async function findFeedPlace(tx: Tx, slug: string): Promise<PlaceFeedPlace | null> {
  const row = await tx
    .selectFrom('places as p')
    .leftJoin('communes as c', 'c.code', 'p.commune_code')
    .select(['p.id', 'p.slug', 'p.name', 'p.address', 'p.postal_code as postalCode', 'c.name as commune'])
    .where('p.slug', '=', slug)
    .where('p.status', '=', 'published')
    .where('p.hidden_at', 'is', null)
    .executeTakeFirst();
  return row ?? null;
}

/** The network's feed covers this many days ahead (a place's covers everything it has). */
export const NETWORK_FEED_DAYS = 92;
/** …and at most this many sessions, the soonest first. */
export const NETWORK_FEED_MAX_SESSIONS = 3000;

/**
 * Sessions of public activities that have not ended, by start: scheduled ones, and cancelled ones for
 * `CANCELLED_SESSIONS_KEPT_DAYS` after their cancellation.
 */
function feedSessions(tx: Tx, now: string) {
  return tx
    .selectFrom('sessions as s')
    .innerJoin('activities as a', 'a.id', 's.activity_id')
    .select([
      's.id',
      'a.title',
      'a.description',
      's.location_note as locationNote',
      's.starts_at as startsAt',
      's.ends_at as endsAt',
      's.status',
      sql<string>`greatest(s.updated_at, a.updated_at)`.as('updatedAt'),
      's.calendar_sequence as sequence',
    ])
    .where('a.status', '=', 'published')
    .where('a.hidden_at', 'is', null)
    .where('s.ends_at', '>', now)
    .where((eb) =>
      eb.or([
        eb('s.status', '=', 'scheduled'),
        eb.and([
          eb('s.status', '=', 'cancelled'),
          eb(
            's.cancelled_at',
            '>',
            sql<string>`${now}::timestamptz - make_interval(days => ${CANCELLED_SESSIONS_KEPT_DAYS})`,
          ),
        ]),
      ]),
    )
    .orderBy('s.starts_at')
    .orderBy('s.id');
}

/** The place's sessions in its feed (`feedSessions`). */
export async function listPlaceFeedSessions(
  tx: Tx,
  placeId: string,
  now: string,
): Promise<PlaceFeedSession[]> {
  return feedSessions(tx, now).where('s.place_id', '=', placeId).limit(PLACE_FEED_MAX_SESSIONS).execute();
}

export interface NetworkFeedSession extends PlaceFeedSession {
  place: Omit<PlaceFeedPlace, 'id'>;
}

/**
 * The network's sessions in its feed (`feedSessions`) starting in the next `NETWORK_FEED_DAYS`, in every
 * public place or those of one département, each with its place.
 */
export async function listNetworkFeedSessions(
  tx: Tx,
  { now, departementCode }: { now: string; departementCode: string | null },
): Promise<NetworkFeedSession[]> {
  let query = feedSessions(tx, now)
    .innerJoin('places as p', 'p.id', 's.place_id')
    .leftJoin('communes as c', 'c.code', 'p.commune_code')
    .select([
      'p.slug as placeSlug',
      'p.name as placeName',
      'p.address as placeAddress',
      'p.postal_code as placePostalCode',
      'c.name as placeCommune',
    ])
    // The copy of "its place is public" the policies read too (decision 054).
    .where('a.place_public', '=', true)
    .where(
      's.starts_at',
      '<',
      sql<string>`${now}::timestamptz + make_interval(days => ${NETWORK_FEED_DAYS})`,
    );
  if (departementCode) query = query.where('c.departement_code', '=', departementCode);
  const rows = await query.limit(NETWORK_FEED_MAX_SESSIONS).execute();
  return rows.map(({ placeSlug, placeName, placeAddress, placePostalCode, placeCommune, ...session }) => ({
    ...session,
    place: {
      slug: placeSlug,
      name: placeName,
      address: placeAddress,
      postalCode: placePostalCode,
      commune: placeCommune,
    },
  }));
}
