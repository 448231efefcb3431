import { hashLinkToken } from '@rf/auth';
import { findBookingByTokenHash, moveBooking } from '@rf/db/booking/booking-engine.repository';
import { findPublicSession } from '@rf/db/catalogue/public-session.repository';
import { withServiceRole } from '@rf/db/service';
import { moveBookingInput } from '@rf/domain/booking/booking.schema';
import { moveRefusal } from '@rf/domain/booking/rules';
import { DomainError } from '@rf/domain/errors';
import { selfManagedProcedure } from '../../trpc.ts';
import type { MoveResultDto } from './booking.dto.ts';

/**
 * Moves the booking of a private link to another session of the same workshop, within the cut-offs, in
 * one transaction: the old seat goes to the first person waiting, the new session gives a seat or a
 * place on its waitlist. The private link stays the same. Sending the form twice moves once.
 */
export const move = selfManagedProcedure
  .input(moveBookingInput)
  .mutation(async ({ ctx, input }): Promise<MoveResultDto> => {
    const { services } = ctx;
    const hash = hashLinkToken(input.token);
    const result = await withServiceRole(services.db, 'booking move', async (tx) => {
      const booking = await findBookingByTokenHash(tx, hash);
      if (!booking || booking.status === 'cancelled') throw new DomainError('not_found');
      // Already there: a double submit of the same move.
      if (booking.sessionId === input.sessionId)
        return {
          bookingId: booking.id,
          status: booking.status,
          promotedBookingId: null,
          outcome: 'replayed',
        };
      const target = await findPublicSession(tx, input.sessionId);
      if (!target) throw new DomainError('not_found');
      const from = {
        startsAt: booking.startsAt,
        cancellationCutoffMinutes: booking.cancellationCutoffMinutes,
        cancelled: booking.sessionCancelled,
      };
      const refusal = moveRefusal(booking.status, from, { ...target, cancelled: false }, new Date());
      if (refusal) throw new DomainError(refusal);
      const moved = await moveBooking(tx, { manageTokenHash: hash, targetSessionId: input.sessionId });
      if (!moved) throw new DomainError('not_found');
      if (moved.outcome === 'already_booked') throw new DomainError('already_booked');
      return moved;
    });

    // The new date's confirmation (or waitlist notice, same link) and the promoted person's e-mail were
    // queued in the move's transaction (job queue).
    return {
      outcome: result.outcome === 'moved' ? 'moved' : 'replayed',
      status: result.status === 'waitlisted' ? 'waitlisted' : 'confirmed',
    };
  });
