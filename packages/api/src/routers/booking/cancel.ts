import { hashLinkToken } from '@rf/auth';
import {
  cancelBooking,
  findBookingById,
  findBookingByTokenHash,
} from '@rf/db/booking/booking-engine.repository';
import { withServiceRole } from '@rf/db/service';
import { bookingTokenInput } from '@rf/domain/booking/booking.schema';
import { canCancel } from '@rf/domain/booking/rules';
import { DomainError } from '@rf/domain/errors';
import { selfManagedProcedure } from '../../trpc.ts';
import { bookingToken, sendBookingMail } from './booking.server.ts';

/**
 * Cancels by private link, within the cut-off. A freed seat goes to the first person on the waitlist in
 * the same transaction; they are told by e-mail once it has committed. Cancelling twice is harmless.
 */
export const cancel = selfManagedProcedure
  .input(bookingTokenInput)
  .mutation(async ({ ctx, input }): Promise<{ status: 'cancelled' }> => {
    const { services } = ctx;
    const hash = hashLinkToken(input.token);
    const result = await withServiceRole(services.db, 'booking cancellation', async (tx) => {
      const booking = await findBookingByTokenHash(tx, hash);
      if (!booking) throw new DomainError('not_found');
      if (booking.status === 'cancelled') return undefined;
      const session = {
        startsAt: booking.startsAt,
        cancellationCutoffMinutes: booking.cancellationCutoffMinutes,
        cancelled: booking.sessionCancelled,
      };
      if (!canCancel(booking.status, session, new Date())) throw new DomainError('cancellation_closed');
      return cancelBooking(tx, hash);
    });

    if (result?.promotedBookingId) {
      const promotedId = result.promotedBookingId;
      const promoted = await withServiceRole(services.db, 'booking promotion', (tx) =>
        findBookingById(tx, promotedId),
      );
      if (promoted?.idempotencyKey) {
        await sendBookingMail(
          services,
          'promoted',
          promoted,
          bookingToken(services.env.AUTH_JWT_SECRET, promoted.idempotencyKey),
        );
      }
    }
    return { status: 'cancelled' };
  });
