import { randomUUID } from 'node:crypto';
import { hashLinkToken } from '@rf/auth';
import { bookSession, findBookingById, recordBookingAttempt } from '@rf/db/booking/booking-engine.repository';
import { findPublicSession } from '@rf/db/catalogue/public-session.repository';
import { withServiceRole } from '@rf/db/service';
import { bookingInput } from '@rf/domain/booking/booking.schema';
import { personKey } from '@rf/domain/booking/person';
import { bookingThrottle, bookingWindow, isBookingThrottled } from '@rf/domain/booking/rules';
import { DomainError } from '@rf/domain/errors';
import { selfManagedProcedure } from '../../trpc.ts';
import type { BookResultDto } from './booking.dto.ts';
import { bookingToken, sendBookingMail } from './booking.server.ts';

/**
 * Books a seat without an account (or joins the waitlist when the session is full). The seat is taken in
 * one transaction where the database locks the session; the e-mail goes out after it commits. A double
 * submit (same idempotency key) and a second booking by the same person return the booking they have.
 */
export const book = selfManagedProcedure
  .input(bookingInput)
  .mutation(async ({ ctx, input }): Promise<BookResultDto> => {
    const { services, exchange, session } = ctx;
    const key = personKey(input) as string;
    const forwarded = services.env.TRUST_PROXY
      ? exchange.request.headers.get('x-forwarded-for')?.split(',')[0]?.trim()
      : undefined;
    const client = forwarded || `unknown:${key}`;

    const recent = await withServiceRole(services.db, 'booking throttle', (tx) =>
      recordBookingAttempt(tx, { client, personKey: key, windowMinutes: bookingThrottle.windowMinutes }),
    );
    if (isBookingThrottled({ forClient: recent.forClient - 1, forPerson: recent.forPerson - 1 }))
      throw new DomainError('too_many_bookings');

    const idempotencyKey = input.idempotencyKey ?? randomUUID();
    const token = bookingToken(services.env.AUTH_JWT_SECRET, idempotencyKey);
    const result = await withServiceRole(services.db, 'booking without an account', async (tx) => {
      const target = await findPublicSession(tx, input.sessionId);
      if (!target) throw new DomainError('not_found');
      if (bookingWindow({ ...target, cancelled: false }, new Date()) !== 'open')
        throw new DomainError('booking_closed');
      return bookSession(tx, {
        sessionId: input.sessionId,
        firstName: input.firstName,
        email: input.email ?? null,
        phone: input.phone ?? null,
        prescriberName: input.prescriberName ?? null,
        prescriberOrganisation: input.prescriberOrganisation ?? null,
        userId: session?.userId ?? null,
        manageTokenHash: hashLinkToken(token),
        idempotencyKey,
      });
    });
    if (!result) throw new DomainError('not_found');

    // Committed: read what was saved, then tell the person.
    const booking = await withServiceRole(services.db, 'booking confirmation', (tx) =>
      findBookingById(tx, result.bookingId),
    );
    if (!booking || booking.status === 'cancelled') throw new DomainError('not_found');
    if (result.outcome === 'created') {
      await sendBookingMail(
        services,
        booking.status === 'confirmed' ? 'confirmed' : 'waitlisted',
        booking,
        token,
      );
    }
    return {
      outcome: result.outcome,
      status: booking.status,
      token: result.outcome === 'existing' ? null : token,
      waitlistPosition: booking.status === 'waitlisted' ? booking.waitingBefore + 1 : null,
      title: booking.title,
      placeName: booking.placeName,
      startsAt: booking.startsAt,
      email: result.outcome === 'existing' ? null : booking.email,
    };
  });
