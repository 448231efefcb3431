// The one path that books a seat, shared by the form (a resident, or a prescriber for a resident) and
// the one-click booking of a signed-in person: rate limits, booking window, the locked transaction (which
// also queues the e-mail: job queue).
import { randomUUID } from 'node:crypto';
import { hashLinkToken } from '@rf/auth';
import {
  bookSession,
  findBookingById,
  listCourseBookingDates,
  setBookingLocale,
} from '@rf/db/booking/booking-engine.repository';
import { findCourseOfSession } from '@rf/db/booking/course.repository';
import { findPublicSession } from '@rf/db/catalogue/public-session.repository';
import { withServiceRole } from '@rf/db/service';
import { courseBookingRefusal } from '@rf/domain/booking/course';
import { personKey } from '@rf/domain/booking/person';
import { bookingWindow } from '@rf/domain/booking/rules';
import { isMobile } from '@rf/domain/contact/phone';
import { DomainError } from '@rf/domain/errors';
import type { Context } from '../../context.ts';
import { enforceBookingLimits } from '../../rate-limits.server.ts';
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

export async function placeBooking(
  ctx: Pick<Context, 'services' | 'exchange' | 'session'>,
  request: BookingRequest,
): Promise<BookResultDto> {
  const { services } = ctx;
  await enforceBookingLimits(
    ctx,
    { kind: 'session', sessionId: request.sessionId },
    {
      personKey: personKey(request),
      prescriberEmail: request.prescriber?.email ?? null,
      idempotencyKey: request.idempotencyKey,
    },
  );

  const idempotencyKey = request.idempotencyKey ?? randomUUID();
  const token = bookingToken(services.linkKey, idempotencyKey);
  const result = await withServiceRole(services.db, 'booking a seat', async (tx) => {
    const target = await findPublicSession(tx, request.sessionId);
    if (!target) throw new DomainError('not_found');
    // A course is booked as a whole, from its first session (decision 044).
    const course = await findCourseOfSession(tx, request.sessionId);
    const refusal = course && courseBookingRefusal(course, request.sessionId);
    if (refusal) throw new DomainError(refusal);
    if (bookingWindow({ ...target, cancelled: false }, new Date()) !== 'open')
      throw new DomainError('booking_closed');
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
    });
    // The language of the site as the person used it: their messages go out in it (queued jobs run after
    // this transaction commits, so the first one already speaks it).
    if (booked?.outcome === 'created')
      await setBookingLocale(tx, booked.bookingId, localeOf(ctx.exchange.request));
    return booked;
  });
  if (!result) throw new DomainError('not_found');

  // Committed: read what was saved (its e-mail is queued).
  const { booking, courseDates } = await withServiceRole(services.db, 'booking confirmation', async (tx) => ({
    booking: await findBookingById(tx, result.bookingId),
    courseDates: await listCourseBookingDates(tx, result.bookingId),
  }));
  if (!booking || booking.status === 'cancelled') throw new DomainError('not_found');
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
