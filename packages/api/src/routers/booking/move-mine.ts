import { withServiceRole } from '@rf/db/service';
import { moveOwnBookingInput } from '@rf/domain/booking/booking.schema';
import { selfManagedProcedure } from '../../trpc.ts';
import type { MoveResultDto } from './booking.dto.ts';
import { moveHeldBooking } from './manage-booking.server.ts';
import { ownBookingTokenHash, signedInUserId } from './own-booking.server.ts';

/**
 * Moves one of the signed-in person's own bookings to another session of the same workshop, from their
 * member space, with the private link's rules and engine: one transaction, the old seat to the first
 * person waiting, a seat or the waitlist in the new session, the e-mails queued with it. Sending the form
 * twice moves once; someone else's booking is not found.
 */
export const moveMine = selfManagedProcedure
  .input(moveOwnBookingInput)
  .mutation(async ({ ctx, input }): Promise<MoveResultDto> => {
    const userId = signedInUserId(ctx);
    return withServiceRole(ctx.services.db, 'own booking move', async (tx) =>
      moveHeldBooking(tx, await ownBookingTokenHash(tx, userId, input.bookingId), input.sessionId),
    );
  });
