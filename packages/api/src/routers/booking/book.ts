import { bookingInput } from '@rf/domain/booking/booking.schema';
import { selfManagedProcedure } from '../../trpc.ts';
import type { BookResultDto } from './booking.dto.ts';
import { placeBooking } from './place-booking.server.ts';

/**
 * Books a seat without an account (or joins the waitlist when the session is full), for oneself or, as
 * a prescriber, for a resident who agreed. The seat is taken in one transaction where the database locks
 * the session, and which queues the e-mail. A double submit (same idempotency key) and a second
 * booking by the same person return the booking they have.
 */
export const book = selfManagedProcedure
  .input(bookingInput)
  .mutation(({ ctx, input }): Promise<BookResultDto> => {
    const prescriber =
      input.mode === 'prescriber' || input.prescriberName
        ? {
            name: input.prescriberName as string,
            organisation: input.prescriberOrganisation ?? null,
            // Only a prescriber booking for someone gives an e-mail of their own to be kept informed.
            email: input.mode === 'prescriber' ? (input.prescriberEmail ?? null) : null,
          }
        : null;
    return placeBooking(ctx, {
      sessionId: input.sessionId,
      idempotencyKey: input.idempotencyKey,
      firstName: input.firstName,
      email: input.email ?? null,
      phone: input.phone ?? null,
      prescriber,
      // A booking made for someone else belongs to them, not to the account of whoever typed it.
      userId: prescriber ? null : (ctx.session?.userId ?? null),
    });
  });
