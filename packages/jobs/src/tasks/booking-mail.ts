// `booking-mail`: tells a person about their booking — confirmed, waitlisted, promoted from the waitlist,
// moved onto another session's waitlist, cancelled (by them, or with the whole session). Queued by the database in the booking's own transaction;
// written here from the booking as it is when the job runs, so it never tells something no longer true.
import { findBookingById, listCourseBookingDates } from '@rf/db/booking/booking-engine.repository';
import { findBookingCalendarSequence } from '@rf/db/jobs/calendar-sequence.repository';
import { withServiceRole } from '@rf/db/service';
import { z } from 'zod';
import { mailDate } from '../booking-link.ts';
import type { TaskHandler } from '../worker.ts';
import { bookingMailParams } from './booking-parts.ts';
import { bookingInvite } from './calendar-parts.ts';
import { reasonFor } from './cancellation-reason.ts';
import { inLocale, jobMessageId, type MailTaskDeps } from './deps.ts';
import { queuePrescriberMail } from './prescriber-mail.ts';
import { queueBookingSms } from './queue-sms.ts';

const payloadSchema = z.object({
  bookingId: z.uuid(),
  kind: z.enum(['confirmed', 'waitlisted', 'promoted', 'cancelled', 'moved_waitlisted']),
});

export function bookingMailTask(network: MailTaskDeps): TaskHandler {
  return async (payload, job) => {
    const { bookingId, kind } = payloadSchema.parse(payload);
    const { booking, sequence } = await withServiceRole(network.db, 'booking e-mail', async (tx) => {
      // The calendar SEQUENCE first: what the e-mail says is then never older than it (decision 052).
      const sequence = await findBookingCalendarSequence(tx, bookingId);
      return { sequence, booking: await findBookingById(tx, bookingId) };
    });
    if (!booking) return { skipped: 'no such booking' };
    const deps = inLocale(network, booking.locale);
    // Without its key there is no private link to give (a booking moved to another session lost it).
    if (!booking.idempotencyKey) return { skipped: 'no private link' };
    const expected = kind === 'promoted' ? 'confirmed' : kind === 'moved_waitlisted' ? 'waitlisted' : kind;
    if (booking.status !== expected) return { skipped: `the booking is ${booking.status} now` };
    // A mobile number gets the same news by SMS (decision 040), whether or not an e-mail address was given.
    await queueBookingSms(deps, job, booking, kind);
    // The prescriber who booked for them hears the same news, when the resident agreed (decision 043).
    await queuePrescriberMail(deps, job, booking, kind);
    if (!booking.email) return { skipped: 'no e-mail address' };

    const { t } = deps;
    const shared = bookingMailParams(deps, booking, booking.idempotencyKey);
    const { place, link } = shared;
    const params: Record<string, string> = { ...shared };
    // Cancelled with the whole session: the organisers' reason, and an apology.
    const template = kind === 'cancelled' && booking.sessionCancelled ? 'session_cancelled' : kind;
    if (template === 'session_cancelled') {
      params.reason = reasonFor(t, booking.sessionCancellationReason);
    }
    const subject = t(`mail.booking.${template}.subject`, params);
    // A course booked as a whole (decision 044): its lead's news lists every date it holds.
    const courseDates =
      booking.course && !booking.courseBookingId && template !== 'session_cancelled'
        ? await withServiceRole(deps.db, 'course dates e-mail', (tx) =>
            listCourseBookingDates(tx, booking.id),
          )
        : [];
    const course =
      courseDates.length > 0
        ? `\n\n${t('mail.booking.course_dates', {
            dates: courseDates
              .filter((date) => !date.sessionCancelled)
              .map((date) => `- ${mailDate(date.startsAt, booking.locale)}`)
              .join('\n'),
          })}`
        : '';
    const text = `${t(`mail.booking.${template}.body`, params)}${course}\n\n${t('mail.signature')}`;
    // The same UID as the confirmation's and a higher SEQUENCE: a calendar updates (or removes) the event it
    // already has. Moved onto a waitlist, the person has no seat any more: the event of their former seat is
    // removed. Someone only waiting has no event yet.
    const removes = kind === 'cancelled' || kind === 'moved_waitlisted';
    await deps.mailer.send({
      to: booking.email,
      subject,
      text,
      messageId: jobMessageId(deps, job),
      ...(kind === 'waitlisted'
        ? {}
        : {
            calendar: bookingInvite(
              deps,
              booking,
              booking.email,
              sequence ?? 0,
              { place, link },
              removes ? 'CANCEL' : 'REQUEST',
            ),
          }),
    });
    return undefined;
  };
}
