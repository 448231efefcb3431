// `appointment-mail`: tells a person their appointment with a médiateur is confirmed, moved (by them,
// through the private link) or cancelled (by them, or by the place's team: `place_cancelled`, decision 071,
// which says so and gives the team's reason). Queued by the database in the
// appointment's own transaction (migrations 20261123002200, 20261206120608); written here from the
// appointment as it is when the job runs, so it never tells something no longer true.
import { findAppointmentById } from '@rf/db/appointments/appointment-engine.repository';
import { findAppointmentCalendarSequence } from '@rf/db/jobs/calendar-sequence.repository';
import { withServiceRole } from '@rf/db/service';
import { z } from 'zod';
import type { TaskHandler } from '../worker.ts';
import { appointmentInvite, appointmentMailParams } from './appointment-parts.ts';
import { inLocale, jobMessageId, type MailTaskDeps } from './deps.ts';
import { queueAppointmentSms } from './queue-sms.ts';

const payloadSchema = z.object({
  appointmentId: z.uuid(),
  kind: z.enum(['confirmed', 'moved', 'cancelled', 'place_cancelled']),
  /** For a move: the new start (moved again since, the later move tells the person). */
  startsAt: z.iso.datetime().optional(),
});

export function appointmentMailTask(network: MailTaskDeps): TaskHandler {
  return async (payload, job) => {
    const { appointmentId, kind, startsAt } = payloadSchema.parse(payload);
    const { appointment, sequence } = await withServiceRole(network.db, 'appointment e-mail', async (tx) => {
      // The calendar SEQUENCE first: what the e-mail says is then never older than it (decision 052).
      const sequence = await findAppointmentCalendarSequence(tx, appointmentId);
      return { sequence, appointment: await findAppointmentById(tx, appointmentId) };
    });
    if (!appointment) return { skipped: 'no such appointment' };
    const deps = inLocale(network, appointment.locale);
    if (!appointment.idempotencyKey) return { skipped: 'no private link' };
    const cancelled = kind === 'cancelled' || kind === 'place_cancelled';
    const expected = cancelled ? 'cancelled' : 'booked';
    if (appointment.status !== expected) return { skipped: `the appointment is ${appointment.status} now` };
    if (kind === 'moved' && startsAt && Date.parse(appointment.startsAt) !== Date.parse(startsAt))
      return { skipped: 'the appointment moved again' };
    // A mobile number gets the same news by SMS (decision 040). Moved, the calendar file has the same UID
    // as the confirmation's: the event moves in the person's agenda.
    await queueAppointmentSms(deps, job, appointment, kind);
    if (!appointment.email) return { skipped: 'no e-mail address' };

    const params = {
      ...appointmentMailParams(deps, appointment, appointment.idempotencyKey),
      // The team's words, read when the job runs, on their own line only when given.
      reasonLine: appointment.cancellationReason
        ? `${deps.t('mail.appointment.place_cancelled.reason', { reason: appointment.cancellationReason })}\n\n`
        : '',
    };
    await deps.mailer.send({
      to: appointment.email,
      subject: deps.t(`mail.appointment.${kind}.subject`, params),
      text: `${deps.t(`mail.appointment.${kind}.body`, params)}\n\n${deps.t('mail.signature')}`,
      messageId: jobMessageId(deps, job),
      calendar: appointmentInvite(deps, appointment, appointment.email, params, {
        cancelled,
        sequence: sequence ?? 0,
      }),
    });
    return undefined;
  };
}
