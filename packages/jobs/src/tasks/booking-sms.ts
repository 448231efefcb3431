// `booking-sms`: the SMS twin of `booking-mail` and `session-reminder`, for a person who gave a mobile
// number (decision 040). Queued by those tasks at a time outside the quiet hours; written here from the
// booking as it is when the job runs, so it never tells something no longer true. It carries the short
// private link `/r/<token>`, whose hash it records first, and is counted for the place's month.
import { findBookingById } from '@rf/db/booking/booking-engine.repository';
import {
  countSmsSent,
  recordSmsDelivery,
  recordSmsLink,
  smsAllowance,
} from '@rf/db/messaging/sms.repository';
import { withServiceRole } from '@rf/db/service';
import { isMobile } from '@rf/domain/contact/phone';
import { smsAllowed } from '@rf/domain/contact/sms-cap';
import { z } from 'zod';
import { shortLink, shortToken, shortTokenHash, smsDate } from '../sms-link.ts';
import type { TaskHandler } from '../worker.ts';
import { minAttendanceOf } from './cancellation-reason.ts';
import { inLocale, type MailTaskDeps } from './deps.ts';
import { smsFromTemplate } from './sms-text.ts';

export const BOOKING_SMS_KINDS = [
  'confirmed',
  'waitlisted',
  'promoted',
  'cancelled',
  'moved_waitlisted',
  'reminder',
  // The organisers moved the session or changed its place (decision 039).
  'session_moved',
  'place_changed',
] as const;
export type BookingSmsKind = (typeof BOOKING_SMS_KINDS)[number];
/**
 * Every template a booking SMS is written from (`sms.booking.*`): the kinds, and a session cancelled, by
 * its organisers or for too few people.
 */
export const BOOKING_SMS_TEMPLATES = [
  ...BOOKING_SMS_KINDS,
  'session_cancelled',
  'session_cancelled_min_attendance',
] as const;

const payloadSchema = z.object({
  bookingId: z.uuid(),
  kind: z.enum(BOOKING_SMS_KINDS),
  /** For a reminder: the start it reminds of (a moved session has its own reminder). */
  startsAt: z.iso.datetime().optional(),
});

/** The statuses in which the news is still true when the job runs. */
const expectedStatus: Record<BookingSmsKind, readonly string[]> = {
  confirmed: ['confirmed'],
  waitlisted: ['waitlisted'],
  promoted: ['confirmed'],
  cancelled: ['cancelled'],
  moved_waitlisted: ['waitlisted'],
  reminder: ['confirmed'],
  session_moved: ['confirmed', 'waitlisted'],
  place_changed: ['confirmed', 'waitlisted'],
};

/** Cancelled with its session: "for too few people" says why, where "by the place" could puzzle. */
function sessionCancelledTemplate(reason: string | null) {
  return minAttendanceOf(reason) === null ? 'session_cancelled' : 'session_cancelled_min_attendance';
}

export function bookingSmsTask(deps: MailTaskDeps): TaskHandler {
  return async (payload) => {
    const { bookingId, kind, startsAt } = payloadSchema.parse(payload);
    const booking = await withServiceRole(deps.db, 'booking SMS', (tx) => findBookingById(tx, bookingId));
    if (!booking?.phone || !isMobile(booking.phone)) return { skipped: 'no mobile number' };
    if (!booking.idempotencyKey) return { skipped: 'no private link' };
    if (!expectedStatus[kind].includes(booking.status))
      return { skipped: `the booking is ${booking.status} now` };
    if (kind === 'reminder' || kind === 'session_moved' || kind === 'place_changed') {
      if (booking.sessionCancelled) return { skipped: 'the session is cancelled' };
      if (startsAt && new Date(booking.startsAt).getTime() !== new Date(startsAt).getTime())
        return { skipped: 'the session moved' };
      if (new Date(booking.startsAt).getTime() <= Date.now()) return { skipped: 'the session has begun' };
    }
    const subject = { kind: 'booking' as const, id: booking.id };
    // Beyond the place's monthly cap, reminders stay e-mail only (decision 040).
    const allowance = await withServiceRole(deps.db, 'SMS allowance', (tx) => smsAllowance(tx, subject));
    if (!smsAllowed(kind, allowance)) return { skipped: 'the place reached its monthly SMS cap' };
    const token = shortToken(deps.linkKey, 'booking', booking.idempotencyKey);
    const template =
      kind === 'cancelled' && booking.sessionCancelled
        ? sessionCancelledTemplate(booking.sessionCancellationReason)
        : kind;
    const text = smsFromTemplate(inLocale(deps, booking.locale).t, `sms.booking.${template}`, {
      title: booking.title,
      date: smsDate(booking.startsAt, booking.locale),
      link: shortLink(deps.siteUrl, token),
    });
    await withServiceRole(deps.db, 'booking SMS link', (tx) =>
      recordSmsLink(tx, subject, shortTokenHash(token)),
    );
    const { providerId } = await deps.sms.send({
      to: booking.phone,
      text,
      reference: `booking-${kind}-${booking.id}`,
    });
    await withServiceRole(deps.db, 'SMS count', async (tx) => {
      await countSmsSent(tx, subject);
      await recordSmsDelivery(tx, subject, { providerId, kind });
    });
    return undefined;
  };
}
