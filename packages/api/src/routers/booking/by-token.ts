import { hashLinkToken } from '@rf/auth';
import { findBookingByTokenHash } from '@rf/db/booking/booking-engine.repository';
import { withServiceRole } from '@rf/db/service';
import { bookingTokenInput } from '@rf/domain/booking/booking.schema';
import { canCancel, cancellationDeadline } from '@rf/domain/booking/rules';
import { DomainError } from '@rf/domain/errors';
import { selfManagedProcedure } from '../../trpc.ts';
import type { BookingDto } from './booking.dto.ts';
import { addressLine } from './booking.server.ts';

/** The private link: the booking it stands for, and whether it can still be cancelled online. */
export const byToken = selfManagedProcedure
  .input(bookingTokenInput)
  .query(async ({ ctx, input }): Promise<BookingDto> => {
    const booking = await withServiceRole(ctx.services.db, 'booking private link', (tx) =>
      findBookingByTokenHash(tx, hashLinkToken(input.token)),
    );
    if (!booking) throw new DomainError('not_found');
    const session = {
      startsAt: booking.startsAt,
      cancellationCutoffMinutes: booking.cancellationCutoffMinutes,
      cancelled: booking.sessionCancelled,
    };
    const cancellable = canCancel(booking.status, session, new Date());
    return {
      status: booking.status,
      firstName: booking.firstName,
      email: booking.email,
      phone: booking.phone,
      prescriberName: booking.prescriberName,
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
    };
  });
