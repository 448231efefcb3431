import { listOwnBookingRules } from '@rf/db/booking/own-booking.repository';
import { listOwnUpcomingBookings } from '@rf/db/booking/own-bookings.repository';
import { listPlaceUpcomingSessions } from '@rf/db/catalogue/upcoming-sessions.repository';
import { canCancel } from '@rf/domain/booking/rules';
import { homeRole } from '@rf/domain/identity/roles';
import { signedInProcedure } from '../../trpc.ts';
import { openMoveTargets } from '../booking/manage-booking.server.ts';
import type { SpaceHomeDto } from './home.dto.ts';
import { SESSIONS_PER_PLACE, toPlaceSessionDto } from './place-sessions.ts';

const BOOKINGS_SHOWN = 10;

/**
 * The member space: the person's own next bookings, each with whether it can still be cancelled or moved
 * (the private link's rules), and, for a member, their places' next sessions.
 */
export const space = signedInProcedure.query(async ({ ctx }): Promise<SpaceHomeDto> => {
  const { viewer, tx } = ctx;
  const now = new Date();
  const from = now.toISOString();
  const bookings = await listOwnUpcomingBookings(tx, viewer.userId, { from, limit: BOOKINGS_SHOWN });
  const rules = new Map(
    (
      await listOwnBookingRules(
        tx,
        viewer.userId,
        bookings.map((b) => b.id),
      )
    ).map((r) => [r.id, r]),
  );
  const ownBookings: SpaceHomeDto['bookings'] = [];
  for (const { id, status, title, placeName, startsAt } of bookings) {
    const rule = rules.get(id);
    // A later session of a course goes with the course's first booking (decision 044).
    const cancellable =
      rule !== undefined &&
      !rule.courseFollower &&
      canCancel(
        status,
        {
          startsAt,
          cancellationCutoffMinutes: rule.cancellationCutoffMinutes,
          cancelled: rule.sessionCancelled,
        },
        now,
      );
    const canMove = cancellable && !rule.course && (await openMoveTargets(tx, rule, now)).length > 0;
    ownBookings.push({
      id,
      status,
      title,
      placeName,
      startsAt,
      canCancel: cancellable,
      canMove,
      courseFollower: rule?.courseFollower ?? false,
    });
  }
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
    bookings: ownBookings,
    places,
  };
});
