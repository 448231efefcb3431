import { hashLinkToken } from '@rf/auth';
import { cancelBooking, findBookingByTokenHash } from '@rf/db/booking/booking-engine.repository';
import { withServiceRole } from '@rf/db/service';
import { bookingTokenInput } from '@rf/domain/booking/booking.schema';
import { canCancel } from '@rf/domain/booking/rules';
import { DomainError } from '@rf/domain/errors';
import { selfManagedProcedure } from '../../trpc.ts';

/**
 * Cancels by private link, within the cut-off. A freed seat goes to the first person on the waitlist in
 * the same transaction; the e-mails (to both) are queued with it (job queue). Cancelling twice is harmless.
 */
export const cancel = selfManagedProcedure
  .input(bookingTokenInput)
  .mutation(async ({ ctx, input }): Promise<{ status: 'cancelled' }> => {
    const { services } = ctx;
    const hash = hashLinkToken(input.token);
    await withServiceRole(services.db, 'booking cancellation', async (tx) => {
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

    return { status: 'cancelled' };
  });
