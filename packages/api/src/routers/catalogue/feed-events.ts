import type { PlaceFeedPlace, PlaceFeedSession } from '@rf/db/catalogue/place-feed.repository';
import type { CalendarEvent } from '@rf/domain/booking/ics';

/** The UID a session keeps in every feed, whatever changes (time, title, cancellation). */
export const sessionUid = (sessionId: string) => `session-${sessionId}@reseau-fabriques`;

/** A session of a feed as a calendar event: where it happens, its page, its last change and SEQUENCE. */
export function feedEvent(
  site: string,
  place: Omit<PlaceFeedPlace, 'id'>,
  session: PlaceFeedSession,
): CalendarEvent {
  const where = [place.address, [place.postalCode, place.commune].filter(Boolean).join(' ')]
    .filter(Boolean)
    .join(', ');
  return {
    uid: sessionUid(session.id),
    start: session.startsAt,
    end: session.endsAt,
    summary: session.title,
    location: [place.name, where, session.locationNote].filter(Boolean).join(', '),
    description: session.description ?? undefined,
    url: `${site}/seances/${session.id}`,
    // The last change, not the time of the request: the same feed twice is the same text.
    stamp: new Date(session.updatedAt),
    lastModified: session.updatedAt,
    sequence: session.sequence,
    status: session.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED',
  };
}

/** The latest change among the sessions (a feed's Last-Modified), or null for an empty feed. */
export function latestChange(sessions: readonly PlaceFeedSession[]): string | null {
  return sessions.reduce<string | null>(
    (latest, s) => (latest === null || s.updatedAt > latest ? s.updatedAt : latest),
    null,
  );
}
