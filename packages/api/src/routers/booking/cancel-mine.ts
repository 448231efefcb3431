import { withServiceRole } from '@rf/db/service';
import { ownBookingInput } from '@rf/domain/booking/booking.schema';
import { selfManagedProcedure } from '../../trpc.ts';
import { cancelHeldBooking } from './manage-booking.server.ts';
import type { CancelOwnResultDto } from './own-booking.dto.ts';
import { ownBookingTokenHash, signedInUserId } from './own-booking.server.ts';

/**
 * Cancels one of the signed-in person's own bookings from their member space, with the private link's
 * rules and engine: within the cut-off, the freed seat to the first person waiting in the same
 * transaction, the e-mails queued with it. Someone else's booking is not found; cancelling twice is harmless.
 */
export const cancelMine = selfManagedProcedure
  .input(ownBookingInput)
  .mutation(async ({ ctx, input }): Promise<CancelOwnResultDto> => {
    const userId = signedInUserId(ctx);
    const booking = await withServiceRole(ctx.services.db, 'own booking cancellation', async (tx) =>
      cancelHeldBooking(tx, await ownBookingTokenHash(tx, userId, input.bookingId)),
    );
    return { status: 'cancelled', title: booking.title, startsAt: booking.startsAt };
  });
