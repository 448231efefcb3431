// Queues the SMS twin of an e-mail task (booking-sms, appointment-sms), at a time outside the quiet hours
// (decision 040). One per run of the e-mail job (its id and revision make the key): a retry of the e-mail
// after a failure queues nothing more.
import type { BookingView } from '@rf/db/booking/booking-engine.repository';
import { withServiceRole } from '@rf/db/service';
import { isMobile } from '@rf/domain/contact/phone';
import { smsSendTime } from '@rf/domain/contact/quiet-hours';
import { type ClaimedJob, enqueueJob } from '../queue.ts';
import type { AppointmentSmsKind } from './appointment-sms.ts';
import type { BookingSmsKind } from './booking-sms.ts';
import type { MailTaskDeps } from './deps.ts';

/** An SMS is tried for about a day (8 attempts, backing off), then listed with the failed jobs. */
const SMS_ATTEMPTS = 8;

type Contact = Pick<BookingView, 'id' | 'phone' | 'startsAt'>;

export function queueBookingSms(
  deps: MailTaskDeps,
  job: ClaimedJob,
  booking: Contact,
  kind: BookingSmsKind,
): Promise<void> {
  return queueSms(deps, job, booking, kind, 'booking-sms', { bookingId: booking.id });
}

export function queueAppointmentSms(
  deps: MailTaskDeps,
  job: ClaimedJob,
  appointment: Contact,
  kind: AppointmentSmsKind,
): Promise<void> {
  return queueSms(deps, job, appointment, kind, 'appointment-sms', { appointmentId: appointment.id });
}

async function queueSms(
  deps: MailTaskDeps,
  job: ClaimedJob,
  subject: Contact,
  kind: string,
  task: 'booking-sms' | 'appointment-sms',
  ids: Record<string, string>,
): Promise<void> {
  if (!subject.phone || !isMobile(subject.phone)) return;
  const reminder = kind === 'reminder';
  // A reminder, or news of a session moved (its start in the payload, as the job checks it).
  const runAt = smsSendTime(new Date(), new Date(subject.startsAt), reminder ? 'reminder' : 'news');
  if (!runAt) return;
  await withServiceRole(deps.db, `queue ${task}`, (tx) =>
    enqueueJob(tx, {
      task,
      payload: {
        ...ids,
        kind,
        ...(reminder || kind === 'session_moved'
          ? { startsAt: new Date(subject.startsAt).toISOString() }
          : {}),
      },
      runAt,
      jobKey: `${task}:${job.id}.${job.revision}`,
      maxAttempts: SMS_ATTEMPTS,
    }),
  );
}
