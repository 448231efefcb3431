// `prescriber-mail`: keeps the prescriber who booked for a resident informed, when the resident agreed
// (decision 043): the same news as the resident's (queued by their e-mail job, once per run of it), and
// after the session whether the person came (queued by the database when attendance is taken). Written
// from the booking as it is when the job runs, like every booking e-mail.
import { type BookingView, findBookingById } from '@rf/db/booking/booking-engine.repository';
import { withServiceRole } from '@rf/db/service';
import { mailFirstName } from '@rf/domain/booking/person';
import { z } from 'zod';
import { type ClaimedJob, enqueueJob } from '../queue.ts';
import type { TaskHandler } from '../worker.ts';
import { bookingMailParams } from './booking-parts.ts';
import { reasonFor } from './cancellation-reason.ts';
import { inLocale, jobMessageId, type MailTaskDeps } from './deps.ts';

export const PRESCRIBER_NEWS = [
  'confirmed',
  'waitlisted',
  'promoted',
  'cancelled',
  'moved_waitlisted',
  'session_moved',
  'place_changed',
  'attendance',
] as const;
export type PrescriberNews = (typeof PRESCRIBER_NEWS)[number];

const payloadSchema = z.object({ bookingId: z.uuid(), kind: z.enum(PRESCRIBER_NEWS) });

/** Queues the prescriber's copy of a resident's news: one per run of the resident's job (its key). */
export async function queuePrescriberMail(
  deps: MailTaskDeps,
  job: ClaimedJob,
  booking: Pick<BookingView, 'id' | 'prescriberEmail'>,
  kind: Exclude<PrescriberNews, 'attendance'>,
): Promise<void> {
  if (!booking.prescriberEmail) return;
  await withServiceRole(deps.db, 'queue prescriber e-mail', (tx) =>
    enqueueJob(tx, {
      task: 'prescriber-mail',
      payload: { bookingId: booking.id, kind },
      jobKey: `prescriber-mail:${job.id}.${job.revision}`,
    }),
  );
}

export function prescriberMailTask(network: MailTaskDeps): TaskHandler {
  return async (payload, job) => {
    const { bookingId, kind } = payloadSchema.parse(payload);
    const booking = await withServiceRole(network.db, 'prescriber e-mail', (tx) =>
      findBookingById(tx, bookingId),
    );
    // Erased by the retention job, or the prescriber's address removed: nobody to tell.
    if (!booking?.prescriberEmail) return { skipped: 'no prescriber e-mail' };
    if (!booking.idempotencyKey) return { skipped: 'no private link' };
    const deps = inLocale(network, booking.locale);
    const { t } = deps;
    const shared = bookingMailParams(deps, booking, booking.idempotencyKey);
    const params: Record<string, string> = {
      ...shared,
      prescriberName: mailFirstName(booking.prescriberName ?? '') || t('mail.first_name_fallback'),
    };
    let subject: string;
    let text: string;
    if (kind === 'attendance') {
      if (!booking.attendance) return { skipped: 'attendance no longer recorded' };
      params.news = t(`mail.prescriber.attendance.${booking.attendance}`, params);
      subject = t('mail.prescriber.subject.attendance', params);
      text = t('mail.prescriber.attendance_body', params);
    } else {
      if (kind === 'cancelled' && booking.sessionCancelled) {
        params.reason = reasonFor(t, booking.sessionCancellationReason);
      }
      params.news =
        kind === 'cancelled' && booking.sessionCancelled
          ? t('mail.prescriber.news.session_cancelled', params)
          : t(`mail.prescriber.news.${kind}`, params);
      params.contact = booking.email || booking.phone ? '' : t('mail.prescriber.no_contact');
      subject = t(`mail.prescriber.subject.${kind}`, params);
      text = t('mail.prescriber.body', params);
    }
    await deps.mailer.send({
      to: booking.prescriberEmail,
      subject,
      text: `${text}\n\n${t('mail.signature')}`,
      messageId: jobMessageId(deps, job),
    });
    return undefined;
  };
}
