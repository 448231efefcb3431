import { listOwnUpcomingBookings } from '@rf/db/booking/own-bookings.repository';
import { listPlaceUpcomingSessions } from '@rf/db/catalogue/upcoming-sessions.repository';
import { homeRole } from '@rf/domain/identity/roles';
import { signedInProcedure } from '../../trpc.ts';
import type { SpaceHomeDto } from './home.dto.ts';
import { SESSIONS_PER_PLACE, toPlaceSessionDto } from './place-sessions.ts';

const BOOKINGS_SHOWN = 10;

/** The member space: the person's own next bookings and, for a member, their places' next sessions. */
export const space = signedInProcedure.query(async ({ ctx }): Promise<SpaceHomeDto> => {
  const { viewer, tx } = ctx;
  const from = new Date().toISOString();
  const bookings = await listOwnUpcomingBookings(tx, viewer.userId, { from, limit: BOOKINGS_SHOWN });
  const places: SpaceHomeDto['places'] = [];
  for (const membership of viewer.memberships) {
    const sessions = await listPlaceUpcomingSessions(tx, membership.placeId, {
      from,
      limit: SESSIONS_PER_PLACE,
    });
    places.push({
      id: membership.placeId,
      name: membership.placeName,
      role: membership.role,
      upcomingSessions: sessions.map(toPlaceSessionDto),
    });
  }
  return {
    homeRole: homeRole(viewer),
    displayName: viewer.displayName ?? viewer.email,
    bookings: bookings.map(({ id, status, title, placeName, startsAt }) => ({
      id,
      status,
      title,
      placeName,
      startsAt,
    })),
    places,
  };
});
