import { hashLinkToken } from '@rf/auth';
import { withServiceRole } from '@rf/db/service';
import { moveBookingInput } from '@rf/domain/booking/booking.schema';
import { selfManagedProcedure } from '../../trpc.ts';
import type { MoveResultDto } from './booking.dto.ts';
import { moveHeldBooking } from './manage-booking.server.ts';

/**
 * Moves the booking of a private link to another session of the same workshop, within the cut-offs, in
 * one transaction: the old seat goes to the first person waiting, the new session gives a seat or a
 * place on its waitlist. The private link stays the same. Sending the form twice moves once. The new
 * date's confirmation and the promoted person's e-mail are queued in the same transaction (job queue).
 */
export const move = selfManagedProcedure
  .input(moveBookingInput)
  .mutation(
    ({ ctx, input }): Promise<MoveResultDto> =>
      withServiceRole(ctx.services.db, 'booking move', (tx) =>
        moveHeldBooking(tx, hashLinkToken(input.token), input.sessionId),
      ),
  );
