// `session-change`: tells a person booked (or waiting) that the organisers moved their session or changed
// its place (queued by the database in the change's own transaction, one job per booking: migration
// 20261206094743, decision 039). Written from the booking as it is when the job runs: a booking cancelled
// since, a session cancelled, or moved again (its latest move has its own notice) gets nothing.
import { findBookingById } from '@rf/db/booking/booking-engine.repository';
import { findBookingCalendarSequence } from '@rf/db/jobs/calendar-sequence.repository';
import { findSessionLocationNote } from '@rf/db/jobs/session-change.repository';
import { withServiceRole } from '@rf/db/service';
import { z } from 'zod';
import type { TaskHandler } from '../worker.ts';
import { bookingMailParams } from './booking-parts.ts';
import { bookingInvite } from './calendar-parts.ts';
import { inLocale, jobMessageId, type MailTaskDeps } from './deps.ts';
import { queuePrescriberMail } from './prescriber-mail.ts';
import { queueBookingSms } from './queue-sms.ts';

export const SESSION_CHANGES = ['moved', 'place_changed'] as const;

const payloadSchema = z.object({
  bookingId: z.uuid(),
  change: z.enum(SESSION_CHANGES),
  startsAt: z.iso.datetime(),
});

export function sessionChangeTask(network: MailTaskDeps): TaskHandler {
  return async (payload, job) => {
    const { bookingId, change, startsAt } = payloadSchema.parse(payload);
    const { booking, locationNote, sequence } = await withServiceRole(
      network.db,
      'session change notice',
      async (tx) => {
        // The calendar SEQUENCE first: what the e-mail says is then never older than it (decision 052).
        const sequence = await findBookingCalendarSequence(tx, bookingId);
        const found = await findBookingById(tx, bookingId);
        return {
          booking: found,
          locationNote: found ? await findSessionLocationNote(tx, found.sessionId) : null,
          sequence,
        };
      },
    );
    if (!booking) return { skipped: 'the booking is gone' };
    const deps = inLocale(network, booking.locale);
    if (booking.status === 'cancelled') return { skipped: 'the booking is cancelled' };
    if (booking.sessionCancelled) return { skipped: 'the session is cancelled' };
    const starts = new Date(booking.startsAt).getTime();
    if (starts !== new Date(startsAt).getTime()) return { skipped: 'the session moved again' };
    if (starts <= Date.now()) return { skipped: 'the session has begun' };
    // A mobile number is told by SMS too (decision 040).
    await queueBookingSms(deps, job, booking, change === 'moved' ? 'session_moved' : 'place_changed');
    await queuePrescriberMail(deps, job, booking, change === 'moved' ? 'session_moved' : 'place_changed');
    if (!booking.email) return { skipped: 'no e-mail address' };
    // Without its key there is no private link to give.
    if (!booking.idempotencyKey) return { skipped: 'no private link' };

    const { t } = deps;
    const shared = bookingMailParams(deps, booking, booking.idempotencyKey);
    const params = { ...shared, place: [shared.place, locationNote].filter(Boolean).join(' — ') };
    const waiting = booking.status === 'waitlisted';
    const text = [
      t(`mail.session_change.${change}.body`, params),
      t(waiting ? 'mail.session_change.waitlisted' : 'mail.session_change.confirmed', params),
      t('mail.signature'),
    ].join('\n\n');
    await deps.mailer.send({
      to: booking.email,
      subject: t(`mail.session_change.${change}.subject`, params),
      text,
      messageId: jobMessageId(deps, job),
      // A seat holder's calendar event is updated in place (same UID as the confirmation's, a higher
      // SEQUENCE); someone still waiting has no event yet.
      ...(waiting
        ? {}
        : { calendar: bookingInvite(deps, booking, booking.email, sequence ?? 0, params, 'REQUEST') }),
    });
    return undefined;
  };
}
