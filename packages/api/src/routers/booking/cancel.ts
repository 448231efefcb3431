import { hashLinkToken } from '@rf/auth';
import { withServiceRole } from '@rf/db/service';
import { bookingTokenInput } from '@rf/domain/booking/booking.schema';
import { selfManagedProcedure } from '../../trpc.ts';
import { cancelHeldBooking } from './manage-booking.server.ts';

/**
 * Cancels by private link, within the cut-off. A freed seat goes to the first person on the waitlist in
 * the same transaction; the e-mails (to both) are queued with it (job queue). Cancelling twice is harmless.
 */
export const cancel = selfManagedProcedure
  .input(bookingTokenInput)
  .mutation(async ({ ctx, input }): Promise<{ status: 'cancelled' }> => {
    await withServiceRole(ctx.services.db, 'booking cancellation', (tx) =>
      cancelHeldBooking(tx, hashLinkToken(input.token)),
    );
    return { status: 'cancelled' };
  });
