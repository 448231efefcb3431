import { findFeedPlace, listPlaceFeedSessions } from '@rf/db/catalogue/place-feed.repository';
import { calendarFeed } from '@rf/domain/booking/ics';
import { DomainError } from '@rf/domain/errors';
import { z } from 'zod';
import { publicProcedure } from '../../trpc.ts';
import type { PlaceFeedDto } from './catalogue.dto.ts';

/** Calendar clients come back about this often (and the response may be cached as long). */
export const PLACE_FEED_REFRESH_MINUTES = 60;

/** The UID a session keeps in every feed, whatever changes (time, title, cancellation). */
export const sessionUid = (sessionId: string) => `session-${sessionId}@reseau-fabriques`;

/**
 * A place's agenda as an RFC 5545 calendar to subscribe to (METHOD:PUBLISH): its upcoming public sessions,
 * and those cancelled lately marked CANCELLED, each with its SEQUENCE. An unknown, draft or hidden place is `not_found`.
 */
export const placeFeed = publicProcedure
  .input(
    z.object({
      slug: z
        .string()
        .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
        .max(200),
    }),
  )
  .query(async ({ ctx, input }): Promise<PlaceFeedDto> => {
    const place = await findFeedPlace(ctx.tx, input.slug);
    if (!place) throw new DomainError('not_found');
    const sessions = await listPlaceFeedSessions(ctx.tx, place.id, new Date().toISOString());
    const site = ctx.services.env.SITE_URL.replace(/\/$/, '');
    const where = [place.address, [place.postalCode, place.commune].filter(Boolean).join(' ')]
      .filter(Boolean)
      .join(', ');
    const lastModified = sessions.reduce<string | null>(
      (latest, s) => (latest === null || s.updatedAt > latest ? s.updatedAt : latest),
      null,
    );
    const ics = calendarFeed({
      name: place.commune ? `${place.name} (${place.commune})` : place.name,
      refreshMinutes: PLACE_FEED_REFRESH_MINUTES,
      events: sessions.map((s) => ({
        uid: sessionUid(s.id),
        start: s.startsAt,
        end: s.endsAt,
        summary: s.title,
        location: [place.name, where, s.locationNote].filter(Boolean).join(', '),
        description: s.description ?? undefined,
        url: `${site}/seances/${s.id}`,
        // The last change, not the time of the request: the same feed twice is the same text.
        stamp: new Date(s.updatedAt),
        lastModified: s.updatedAt,
        sequence: s.sequence,
        status: s.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED',
      })),
    });
    return { slug: place.slug, name: place.name, ics, lastModified };
  });
