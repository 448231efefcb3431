import { hashLinkToken } from '@rf/auth';
import { findBookingByTokenHash, listCourseBookingDates } from '@rf/db/booking/booking-engine.repository';
import { withServiceRole } from '@rf/db/service';
import { bookingTokenInput } from '@rf/domain/booking/booking.schema';
import { DomainError } from '@rf/domain/errors';
import { selfManagedProcedure } from '../../trpc.ts';
import type { BookingDto } from './booking.dto.ts';
import { addressLine } from './booking.server.ts';
import { manageOptions } from './manage-booking.server.ts';

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
      const options = await manageOptions(tx, booking, now);
      const courseDates = await listCourseBookingDates(tx, booking.id);
      return { booking, options, courseDates };
    });
    if (!found) throw new DomainError('not_found');
    const { booking, options, courseDates } = found;
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
      courseDates: courseDates.map((date) => ({
        startsAt: date.startsAt,
        endsAt: date.endsAt,
        cancelled: date.sessionCancelled,
      })),
      waitlistPosition: booking.status === 'waitlisted' ? booking.waitingBefore + 1 : null,
      canCancel: options.canCancel,
      cancelUntil: options.cancelUntil,
      canMove: options.moveTargets.length > 0,
      moveTargets: options.moveTargets,
    };
  });
