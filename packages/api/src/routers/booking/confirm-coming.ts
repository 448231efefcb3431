import { hashLinkToken } from '@rf/auth';
import {
  findBookingByTokenHash,
  confirmComing as recordComing,
} from '@rf/db/booking/booking-engine.repository';
import { withServiceRole } from '@rf/db/service';
import { bookingTokenInput } from '@rf/domain/booking/booking.schema';
import { DomainError } from '@rf/domain/errors';
import { selfManagedProcedure } from '../../trpc.ts';

/**
 * "Je viens", from the private link (the reminder's answer, decision 040): recorded on a confirmed booking
 * of a session still to come, for the organisers' attendance list. Answering twice changes nothing.
 */
export const confirmComing = selfManagedProcedure
  .input(bookingTokenInput)
  .mutation(async ({ ctx, input }): Promise<{ coming: true }> => {
    const hash = hashLinkToken(input.token);
    await withServiceRole(ctx.services.db, 'booking: coming', async (tx) => {
      const booking = await findBookingByTokenHash(tx, hash);
      if (!booking) throw new DomainError('not_found');
      const begun = new Date(booking.startsAt).getTime() <= Date.now();
      if (booking.status !== 'confirmed' || booking.sessionCancelled || begun) {
        throw new DomainError('invalid_input');
      }
      await recordComing(tx, hash);
    });
    return { coming: true };
  });
