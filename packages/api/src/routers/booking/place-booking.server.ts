// The one path that books a seat, shared by the form (a resident, or a prescriber for a resident) and
// the one-click booking of a signed-in person: rate limits, booking window, the locked booking (which also
// queues the messages: job queue) and what the page shows of it — one autocommit statement (decisions 065
// and 074).
import { createHash, randomUUID } from 'node:crypto';
import { hashLinkToken } from '@rf/auth';
import { listCourseBookingDates } from '@rf/db/booking/booking-engine.repository';
import { placeBookingWithLimits } from '@rf/db/booking/place-booking.repository';
import { withServiceRole } from '@rf/db/service';
import { personKey } from '@rf/domain/booking/person';
import { isMobile } from '@rf/domain/contact/phone';
import { DomainError, tooMany } from '@rf/domain/errors';
import { bookingChecks } from '@rf/domain/rate-limits/limits';
import type { Context } from '../../context.ts';
import type { BookResultDto } from './booking.dto.ts';
import { bookingToken, localeOf } from './booking.server.ts';

export interface BookingRequest {
  sessionId: string;
  idempotencyKey?: string | undefined;
  firstName: string;
  email: string | null;
  phone: string | null;
  prescriber: { name: string; organisation: string | null; email: string | null } | null;
  /** The account the booking belongs to (shown in its member space), when booked with one. */
  userId: string | null;
}

/**
 * The key a booking is stored under: the form's key (one per rendered page) bound to what the form says, as
 * a UUID (version 8, RFC 9562). A session's page is cached and shared (decision 042), so two people can send
 * the same form key: bound to their details, their bookings stay apart, while the same form sent twice
 * (a double tap, back and resend) is still one booking.
 */
export function storedBookingKey(formKey: string, request: BookingRequest): string {
  const { sessionId, firstName, email, phone, prescriber, userId } = request;
  const bytes = createHash('sha256')
    .update(JSON.stringify([formKey, sessionId, firstName, email, phone, prescriber, userId]))
    .digest()
    .subarray(0, 16);
  bytes[6] = ((bytes[6] as number) & 0x0f) | 0x80;
  bytes[8] = ((bytes[8] as number) & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export async function placeBooking(
  ctx: Pick<Context, 'services' | 'exchange' | 'session'>,
  request: BookingRequest,
): Promise<BookResultDto> {
  const { services } = ctx;
  const idempotencyKey = request.idempotencyKey
    ? storedBookingKey(request.idempotencyKey, request)
    : randomUUID();
  const token = bookingToken(services.linkKey, idempotencyKey);
  // The limits of docs/decisions/033-rate-limits.md, as `countBookingLimits` applies them: the signed-in
  // person's account (even when booking for someone else), or else the client address; per hour and per
  // session; and the person booked for (and the prescriber kept informed).
  const checks = bookingChecks({
    userId: ctx.session?.userId ?? null,
    clientAddress: ctx.exchange.clientAddress,
    target: { kind: 'session', id: request.sessionId },
    personKey: personKey(request),
    prescriberEmail: request.prescriber?.email ?? null,
  });
  // One statement, its own transaction (issue 15, decision 074): the counters and their verdict, the
  // booking window, the seat (which queues the messages) and what the page shows. Refused by the limits, or
  // a later session of a course, it counts and books nothing; a closed or unknown session counts the
  // attempt, which is refused after.
  const placed = await placeBookingWithLimits(
    services.db,
    {
      sessionId: request.sessionId,
      firstName: request.firstName,
      email: request.email,
      phone: request.phone,
      prescriberName: request.prescriber?.name ?? null,
      prescriberOrganisation: request.prescriber?.organisation ?? null,
      prescriberEmail: request.prescriber?.email ?? null,
      userId: request.userId,
      manageTokenHash: hashLinkToken(token),
      idempotencyKey,
      // The language of the site as the person used it: their messages go out in it.
      locale: localeOf(ctx.exchange.request),
    },
    // A form sent again with its key replays the booking it made and is not counted again.
    { checks, unlessReplayOf: request.idempotencyKey ? idempotencyKey : null },
  );
  if ('refused' in placed) throw new DomainError(placed.refused);
  if (!('booked' in placed)) throw tooMany('too_many_bookings', placed.limits.retryAfterSeconds);
  const { booked: result, booking } = placed;
  if (booking.status === 'cancelled') throw new DomainError('not_found');
  // A course booked as a whole lists every date (decision 044): rare, so read apart, after.
  const courseDates = booking.course
    ? await withServiceRole(services.db, 'listing the dates of a course booked', (tx) =>
        listCourseBookingDates(tx, result.bookingId),
      )
    : [];
  return {
    outcome: result.outcome,
    status: booking.status,
    // Only the request that made the booking gets its private link: a form sent again from the same page
    // (a double tap, or the next person at a shared computer going back) learns that it exists, no more.
    token: result.outcome === 'created' ? token : null,
    waitlistPosition: booking.status === 'waitlisted' ? booking.waitingBefore + 1 : null,
    title: booking.title,
    placeName: booking.placeName,
    startsAt: booking.startsAt,
    courseDates: courseDates
      .filter((date) => !date.sessionCancelled)
      .map((date) => ({ startsAt: date.startsAt, endsAt: date.endsAt })),
    email: result.outcome === 'created' ? booking.email : null,
    prescriberEmail: result.outcome === 'created' ? booking.prescriberEmail : null,
    noContact: !booking.email && !booking.phone,
    sms:
      result.outcome === 'created' && booking.phone
        ? isMobile(booking.phone)
          ? 'mobile'
          : 'landline'
        : null,
  };
}
