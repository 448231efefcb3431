import { findFeedPlace } from '@rf/db/catalogue/place-feed.repository';
import { listPublicUpcomingSessions } from '@rf/db/catalogue/upcoming-sessions.repository';
import { DomainError } from '@rf/domain/errors';
import { type PlaceSessions, placeSessionsSchema } from '../../public-api/schemas.ts';
import { publicProcedure } from '../../trpc.ts';
import { placeInput } from '../directory/place.ts';

/** A place's bookable sessions the public API lists, at most (about three months of a busy place). */
export const PLACE_SESSIONS_LIMIT = 100;

/**
 * The upcoming sessions anyone may book at a public place, with the seats left (a count, never who), for
 * the public API (`/api/v1/places/{slug}/sessions`). An unknown, draft or hidden place is `not_found`.
 */
export const placeSessions = publicProcedure
  .input(placeInput)
  .output(placeSessionsSchema)
  .query(async ({ ctx, input }): Promise<PlaceSessions> => {
    const place = await findFeedPlace(ctx.tx, input.slug);
    if (!place) throw new DomainError('not_found');
    const sessions = await listPublicUpcomingSessions(ctx.tx, {
      from: new Date().toISOString(),
      limit: PLACE_SESSIONS_LIMIT,
      placeId: place.id,
    });
    return {
      place: { slug: place.slug, name: place.name, commune: place.commune },
      items: sessions.map((s) => ({
        id: s.id,
        title: s.title,
        startsAt: s.startsAt,
        endsAt: s.endsAt,
        capacity: s.capacity,
        seatsLeft: Math.max(0, s.capacity - s.seatsTaken),
      })),
    };
  });
