import { listNetworkFeedSessions } from '@rf/db/catalogue/place-feed.repository';
import { NETWORK_TITLE } from '@rf/db/reporting/dashboard.repository';
import { calendarFeed } from '@rf/domain/booking/ics';
import { departementCodeSchema } from '@rf/domain/directory/search';
import { z } from 'zod';
import { publicProcedure } from '../../trpc.ts';
import type { NetworkFeedDto } from './catalogue.dto.ts';
import { feedEvent, latestChange } from './feed-events.ts';
import { PLACE_FEED_REFRESH_MINUTES } from './place-feed.ts';

/**
 * The network's agenda as an RFC 5545 calendar to subscribe to, like a place's (`placeFeed`): the public
 * sessions of the coming weeks in every place, or in one département's, each with its place.
 */
export const networkFeed = publicProcedure
  .input(z.object({ departement: departementCodeSchema.nullable().default(null) }))
  .query(async ({ ctx, input }): Promise<NetworkFeedDto> => {
    const sessions = await listNetworkFeedSessions(ctx.tx, {
      now: new Date().toISOString(),
      departementCode: input.departement,
    });
    const site = ctx.services.env.SITE_URL.replace(/\/$/, '');
    const ics = calendarFeed({
      name: input.departement ? `${NETWORK_TITLE} (${input.departement})` : NETWORK_TITLE,
      refreshMinutes: PLACE_FEED_REFRESH_MINUTES,
      events: sessions.map((s) => feedEvent(site, s.place, s)),
    });
    return { departement: input.departement, ics, lastModified: latestChange(sessions) };
  });
