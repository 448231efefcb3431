import { hashLinkToken } from '@rf/auth';
import { findBookingByTokenHash } from '@rf/db/booking/booking-engine.repository';
import { listMoveTargets } from '@rf/db/booking/move-targets.repository';
import { withServiceRole } from '@rf/db/service';
import { bookingTokenInput } from '@rf/domain/booking/booking.schema';
import { bookingWindow, canCancel, cancellationDeadline, seatsLeft } from '@rf/domain/booking/rules';
import { DomainError } from '@rf/domain/errors';
import { selfManagedProcedure } from '../../trpc.ts';
import type { BookingDto } from './booking.dto.ts';
import { addressLine } from './booking.server.ts';

const MOVE_TARGETS_SHOWN = 10;

/**
 * The private link: the booking it stands for, whether it can still be cancelled online, and the other
 * sessions of the workshop it could move to.
 */
export const byToken = selfManagedProcedure
  .input(bookingTokenInput)
  .query(async ({ ctx, input }): Promise<BookingDto> => {
    const now = new Date();
    const found = await withServiceRole(ctx.services.db, 'booking private link', async (tx) => {
      const booking = await findBookingByTokenHash(tx, hashLinkToken(input.token));
      if (!booking) return undefined;
      const targets = await listMoveTargets(tx, {
        activityId: booking.activityId,
        exceptSessionId: booking.sessionId,
        from: now.toISOString(),
        limit: MOVE_TARGETS_SHOWN,
      });
      return { booking, targets };
    });
    if (!found) throw new DomainError('not_found');
    const { booking, targets } = found;
    const session = {
      startsAt: booking.startsAt,
      cancellationCutoffMinutes: booking.cancellationCutoffMinutes,
      cancelled: booking.sessionCancelled,
    };
    const cancellable = canCancel(booking.status, session, now);
    const moveTargets = cancellable
      ? targets
          .filter((target) => bookingWindow({ ...target, cancelled: false }, now) === 'open')
          .map((target) => ({
            id: target.id,
            startsAt: target.startsAt,
            endsAt: target.endsAt,
            capacity: target.capacity,
            seatsLeft: seatsLeft(target.capacity, target.seatsTaken),
          }))
      : [];
    return {
      status: booking.status,
      comingConfirmedAt: booking.comingConfirmedAt,
      canSayComing:
        booking.status === 'confirmed' &&
        !booking.sessionCancelled &&
        new Date(booking.startsAt).getTime() > now.getTime(),
      firstName: booking.firstName,
      email: booking.email,
      phone: booking.phone,
      prescriberName: booking.prescriberName,
      prescriberOrganisation: booking.prescriberOrganisation,
      sessionId: booking.sessionId,
      sessionCancelled: booking.sessionCancelled,
      title: booking.title,
      placeName: booking.placeName,
      address: addressLine(booking),
      startsAt: booking.startsAt,
      endsAt: booking.endsAt,
      waitlistPosition: booking.status === 'waitlisted' ? booking.waitingBefore + 1 : null,
      canCancel: cancellable,
      cancelUntil: cancellable
        ? (booking.status === 'confirmed'
            ? cancellationDeadline(booking.startsAt, booking.cancellationCutoffMinutes)
            : new Date(booking.startsAt)
          ).toISOString()
        : null,
      canMove: cancellable && moveTargets.length > 0,
      moveTargets,
    };
  });
