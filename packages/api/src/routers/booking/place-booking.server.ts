// The one path that books a seat, shared by the form (a resident, or a prescriber for a resident) and
// the one-click booking of a signed-in person: rate limits, booking window, the locked booking (which also
// queues the messages: job queue) and its read-back, in one transaction.
import { createHash, randomUUID } from 'node:crypto';
import { hashLinkToken } from '@rf/auth';
import {
  type BookingResult,
  type BookingView,
  bookSession,
  type CourseDate,
  findBookingById,
  findSessionBookingWindow,
  listCourseBookingDates,
} from '@rf/db/booking/booking-engine.repository';
import { withServiceRole } from '@rf/db/service';
import { personKey } from '@rf/domain/booking/person';
import { bookingWindow } from '@rf/domain/booking/rules';
import { isMobile } from '@rf/domain/contact/phone';
import { DomainError } from '@rf/domain/errors';
import type { Context } from '../../context.ts';
import { countBookingLimits } from '../../rate-limits.server.ts';
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

/** Why a booking was not made, once its counted limits are committed. */
type NotBooked = { refused: 'not_found' | 'booking_closed' };

export async function placeBooking(
  ctx: Pick<Context, 'services' | 'exchange' | 'session'>,
  request: BookingRequest,
): Promise<BookResultDto> {
  const { services } = ctx;
  const idempotencyKey = request.idempotencyKey
    ? storedBookingKey(request.idempotencyKey, request)
    : randomUUID();
  const token = bookingToken(services.linkKey, idempotencyKey);
  // One transaction, as few statements as the rules allow (issue 15: the procedure close to the bare
  // engine): the limits and the replay check, the booking window, the seat (which queues the messages),
  // and what the page shows.
  const outcome = await withServiceRole(
    services.db,
    'booking a seat',
    async (
      tx,
    ): Promise<NotBooked | { booked: BookingResult; booking: BookingView; courseDates: CourseDate[] }> => {
      await countBookingLimits(
        tx,
        ctx,
        { kind: 'session', sessionId: request.sessionId },
        {
          personKey: personKey(request),
          prescriberEmail: request.prescriber?.email ?? null,
          idempotencyKey: request.idempotencyKey && idempotencyKey,
        },
      );
      // Refusals from here on commit: an attempt on a closed or unknown session still counts.
      const window = await findSessionBookingWindow(tx, request.sessionId);
      if (!window) return { refused: 'not_found' };
      if (bookingWindow({ ...window, cancelled: false }, new Date()) !== 'open')
        return { refused: 'booking_closed' };
      const booked = await bookSession(tx, {
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
      });
      if (!booked) return { refused: 'not_found' };
      const booking = await findBookingById(tx, booked.bookingId);
      if (!booking) return { refused: 'not_found' };
      // A course booked as a whole lists every date (decision 044).
      const courseDates = booking.course ? await listCourseBookingDates(tx, booking.id) : [];
      return { booked, booking, courseDates };
    },
  );
  if ('refused' in outcome) throw new DomainError(outcome.refused);
  const { booked: result, booking, courseDates } = outcome;
  if (booking.status === 'cancelled') throw new DomainError('not_found');
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
