// `appointment-reminder`: a reminder before an appointment (scheduled by the database 24 hours before, or
// right away for a late booking: the same rules as session reminders). Checked again when it runs: an
// appointment cancelled or moved (its new time has its own reminder), or already begun, gets none.
import { findAppointmentById } from '@rf/db/appointments/appointment-engine.repository';
import { findAppointmentCalendarSequence } from '@rf/db/jobs/calendar-sequence.repository';
import { withServiceRole } from '@rf/db/service';
import { z } from 'zod';
import type { TaskHandler } from '../worker.ts';
import { appointmentInvite, appointmentMailParams } from './appointment-parts.ts';
import { inLocale, jobMessageId, type MailTaskDeps } from './deps.ts';
import { queueAppointmentSms } from './queue-sms.ts';

const payloadSchema = z.object({ appointmentId: z.uuid(), startsAt: z.iso.datetime() });

export function appointmentReminderTask(network: MailTaskDeps): TaskHandler {
  return async (payload, job) => {
    const { appointmentId, startsAt } = payloadSchema.parse(payload);
    const { appointment, sequence } = await withServiceRole(
      network.db,
      'appointment reminder',
      async (tx) => {
        // The calendar SEQUENCE first: what the e-mail says is then never older than it (decision 052).
        const sequence = await findAppointmentCalendarSequence(tx, appointmentId);
        return { sequence, appointment: await findAppointmentById(tx, appointmentId) };
      },
    );
    if (!appointment) return { skipped: 'no such appointment' };
    const deps = inLocale(network, appointment.locale);
    if (!appointment.idempotencyKey) return { skipped: 'no private link' };
    if (appointment.status !== 'booked') return { skipped: `the appointment is ${appointment.status}` };
    const starts = new Date(appointment.startsAt).getTime();
    if (starts !== new Date(startsAt).getTime()) return { skipped: 'the appointment moved' };
    if (starts <= Date.now()) return { skipped: 'the appointment has begun' };
    await queueAppointmentSms(deps, job, appointment, 'reminder');
    if (!appointment.email) return { skipped: 'no e-mail address' };

    const params = appointmentMailParams(deps, appointment, appointment.idempotencyKey);
    await deps.mailer.send({
      to: appointment.email,
      subject: deps.t('mail.appointment.reminder.subject', params),
      text: `${deps.t('mail.appointment.reminder.body', params)}\n\n${deps.t('mail.signature')}`,
      messageId: jobMessageId(deps, job),
      calendar: appointmentInvite(deps, appointment, appointment.email, params, {
        cancelled: false,
        sequence: sequence ?? 0,
      }),
    });
    return undefined;
  };
}
