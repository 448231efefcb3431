// `session-reminder`: a reminder to a confirmed person before their session (scheduled by the database 24
// hours before, or right away for a late booking). Everything is checked again when it runs: a booking
// cancelled or still waiting, a session cancelled or moved (its new time has its own reminder) gets none.
import { findBookingById } from '@rf/db/booking/booking-engine.repository';
import { findBookingCalendarSequence } from '@rf/db/jobs/calendar-sequence.repository';
import { withServiceRole } from '@rf/db/service';
import { z } from 'zod';
import type { TaskHandler } from '../worker.ts';
import { bookingMailParams } from './booking-parts.ts';
import { bookingInvite } from './calendar-parts.ts';
import { inLocale, jobMessageId, type MailTaskDeps } from './deps.ts';
import { queueBookingSms } from './queue-sms.ts';

const payloadSchema = z.object({ bookingId: z.uuid(), startsAt: z.iso.datetime() });

export function sessionReminderTask(network: MailTaskDeps): TaskHandler {
  return async (payload, job) => {
    const { bookingId, startsAt } = payloadSchema.parse(payload);
    const { booking, sequence } = await withServiceRole(network.db, 'session reminder', async (tx) => {
      // The calendar SEQUENCE first: what the e-mail says is then never older than it (decision 052).
      const sequence = await findBookingCalendarSequence(tx, bookingId);
      return { sequence, booking: await findBookingById(tx, bookingId) };
    });
    if (!booking) return { skipped: 'no such booking' };
    const deps = inLocale(network, booking.locale);
    if (!booking.idempotencyKey) return { skipped: 'no private link' };
    if (booking.status !== 'confirmed') return { skipped: `the booking is ${booking.status}` };
    if (booking.sessionCancelled) return { skipped: 'the session is cancelled' };
    const starts = new Date(booking.startsAt).getTime();
    if (starts !== new Date(startsAt).getTime()) return { skipped: 'the session moved' };
    if (starts <= Date.now()) return { skipped: 'the session has begun' };
    // A mobile number gets the reminder by SMS too, with one-tap answers behind its link (decision 040).
    await queueBookingSms(deps, job, booking, 'reminder');
    if (!booking.email) return { skipped: 'no e-mail address' };

    const { t } = deps;
    const params = bookingMailParams(deps, booking, booking.idempotencyKey);
    await deps.mailer.send({
      to: booking.email,
      subject: t('mail.reminder.subject', params),
      text: `${t('mail.reminder.body', params)}\n\n${t('mail.signature')}`,
      messageId: jobMessageId(deps, job),
      calendar: bookingInvite(deps, booking, booking.email, sequence ?? 0, params, 'REQUEST'),
    });
    return undefined;
  };
}
