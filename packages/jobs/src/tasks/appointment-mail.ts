// `appointment-mail`: tells a person their appointment with a médiateur is confirmed, or cancelled (by
// them through the private link, or by the place's team). Queued by the database in the appointment's own
// transaction (migration 20261123002200); written here from the appointment as it is when the job runs,
// so it never tells something no longer true.
import { findAppointmentById } from '@rf/db/appointments/appointment-engine.repository';
import { withServiceRole } from '@rf/db/service';
import { z } from 'zod';
import type { TaskHandler } from '../worker.ts';
import { appointmentInvite, appointmentMailParams } from './appointment-parts.ts';
import { inLocale, jobMessageId, type MailTaskDeps } from './deps.ts';
import { queueAppointmentSms } from './queue-sms.ts';

const payloadSchema = z.object({
  appointmentId: z.uuid(),
  kind: z.enum(['confirmed', 'cancelled']),
});

export function appointmentMailTask(network: MailTaskDeps): TaskHandler {
  return async (payload, job) => {
    const { appointmentId, kind } = payloadSchema.parse(payload);
    const appointment = await withServiceRole(network.db, 'appointment e-mail', (tx) =>
      findAppointmentById(tx, appointmentId),
    );
    if (!appointment) return { skipped: 'no such appointment' };
    const deps = inLocale(network, appointment.locale);
    if (!appointment.idempotencyKey) return { skipped: 'no private link' };
    const expected = kind === 'confirmed' ? 'booked' : 'cancelled';
    if (appointment.status !== expected) return { skipped: `the appointment is ${appointment.status} now` };
    // A mobile number gets the same news by SMS (decision 040).
    await queueAppointmentSms(deps, job, appointment, kind);
    if (!appointment.email) return { skipped: 'no e-mail address' };

    const params = appointmentMailParams(deps, appointment, appointment.idempotencyKey);
    await deps.mailer.send({
      to: appointment.email,
      subject: deps.t(`mail.appointment.${kind}.subject`, params),
      text: `${deps.t(`mail.appointment.${kind}.body`, params)}\n\n${deps.t('mail.signature')}`,
      messageId: jobMessageId(deps, job),
      attachments: [appointmentInvite(deps, appointment, params, kind === 'cancelled')],
    });
    return undefined;
  };
}
