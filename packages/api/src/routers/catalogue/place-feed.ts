import { findFeedPlace, listPlaceFeedSessions } from '@rf/db/catalogue/place-feed.repository';
import { calendarFeed } from '@rf/domain/booking/ics';
import { DomainError } from '@rf/domain/errors';
import { z } from 'zod';
import { publicProcedure } from '../../trpc.ts';
import type { PlaceFeedDto } from './catalogue.dto.ts';
import { feedEvent, latestChange } from './feed-events.ts';

/** Calendar clients come back about this often (and the response may be cached as long). */
export const PLACE_FEED_REFRESH_MINUTES = 60;

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
    const ics = calendarFeed({
      name: place.commune ? `${place.name} (${place.commune})` : place.name,
      refreshMinutes: PLACE_FEED_REFRESH_MINUTES,
      events: sessions.map((s) => feedEvent(site, place, s)),
    });
    return { slug: place.slug, name: place.name, ics, lastModified: latestChange(sessions) };
  });
