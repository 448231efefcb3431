import { findBookingByTokenHash } from '@rf/db/booking/booking-engine.repository';
import { withServiceRole } from '@rf/db/service';
import { ownBookingInput } from '@rf/domain/booking/booking.schema';
import { DomainError } from '@rf/domain/errors';
import { selfManagedProcedure } from '../../trpc.ts';
import { addressLine } from './booking.server.ts';
import { manageOptions } from './manage-booking.server.ts';
import type { OwnBookingDto } from './own-booking.dto.ts';
import { ownBookingTokenHash, signedInUserId } from './own-booking.server.ts';

/**
 * One of the signed-in person's own bookings, from their member space: whether it can still be cancelled
 * and the other dates of the workshop it could move to (as its private link shows them).
 */
export const mine = selfManagedProcedure
  .input(ownBookingInput)
  .query(async ({ ctx, input }): Promise<OwnBookingDto> => {
    const userId = signedInUserId(ctx);
    const now = new Date();
    return withServiceRole(ctx.services.db, 'own booking', async (tx) => {
      const booking = await findBookingByTokenHash(
        tx,
        await ownBookingTokenHash(tx, userId, input.bookingId),
      );
      if (!booking) throw new DomainError('not_found');
      const options = await manageOptions(tx, booking, now);
      return {
        id: booking.id,
        status: booking.status,
        sessionId: booking.sessionId,
        sessionCancelled: booking.sessionCancelled,
        title: booking.title,
        placeName: booking.placeName,
        address: addressLine(booking),
        startsAt: booking.startsAt,
        endsAt: booking.endsAt,
        waitlistPosition: booking.status === 'waitlisted' ? booking.waitingBefore + 1 : null,
        canCancel: options.canCancel,
        cancelUntil: options.cancelUntil,
        canMove: options.moveTargets.length > 0,
        moveTargets: options.moveTargets,
      };
    });
  });
