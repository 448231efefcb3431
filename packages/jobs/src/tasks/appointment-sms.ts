// `appointment-sms`: the SMS twin of `appointment-mail` and `appointment-reminder`, for a person who gave a
// mobile number (decision 040): re-reads the appointment when it runs, carries the short private link
// `/r/<token>` (its hash recorded first) and is counted for the place's month.
import { findAppointmentById } from '@rf/db/appointments/appointment-engine.repository';
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
import { inLocale, type MailTaskDeps } from './deps.ts';
import { smsFromTemplate } from './sms-text.ts';

export const APPOINTMENT_SMS_KINDS = [
  'confirmed',
  'moved',
  'cancelled',
  'place_cancelled',
  'reminder',
] as const;
export type AppointmentSmsKind = (typeof APPOINTMENT_SMS_KINDS)[number];

const payloadSchema = z.object({
  appointmentId: z.uuid(),
  kind: z.enum(APPOINTMENT_SMS_KINDS),
  startsAt: z.iso.datetime().optional(),
});

export function appointmentSmsTask(deps: MailTaskDeps): TaskHandler {
  return async (payload) => {
    const { appointmentId, kind, startsAt } = payloadSchema.parse(payload);
    const appointment = await withServiceRole(deps.db, 'appointment SMS', (tx) =>
      findAppointmentById(tx, appointmentId),
    );
    if (!appointment?.phone || !isMobile(appointment.phone)) return { skipped: 'no mobile number' };
    if (!appointment.idempotencyKey) return { skipped: 'no private link' };
    const expected = kind === 'cancelled' || kind === 'place_cancelled' ? 'cancelled' : 'booked';
    if (appointment.status !== expected) return { skipped: `the appointment is ${appointment.status} now` };
    if (kind === 'reminder') {
      if (startsAt && new Date(appointment.startsAt).getTime() !== new Date(startsAt).getTime())
        return { skipped: 'the appointment moved' };
      if (new Date(appointment.startsAt).getTime() <= Date.now())
        return { skipped: 'the appointment has begun' };
    }
    const subject = { kind: 'appointment' as const, id: appointment.id };
    // Beyond the place's monthly cap, reminders stay e-mail only (decision 040).
    const allowance = await withServiceRole(deps.db, 'SMS allowance', (tx) => smsAllowance(tx, subject));
    if (!smsAllowed(kind, allowance)) return { skipped: 'the place reached its monthly SMS cap' };
    const token = shortToken(deps.linkKey, 'appointment', appointment.idempotencyKey);
    const text = smsFromTemplate(inLocale(deps, appointment.locale).t, `sms.appointment.${kind}`, {
      title: appointment.placeName,
      date: smsDate(appointment.startsAt, appointment.locale),
      link: shortLink(deps.siteUrl, token),
    });
    await withServiceRole(deps.db, 'appointment SMS link', (tx) =>
      recordSmsLink(tx, subject, shortTokenHash(token)),
    );
    const { providerId } = await deps.sms.send({
      to: appointment.phone,
      text,
      reference: `appointment-${kind}-${appointment.id}`,
    });
    await withServiceRole(deps.db, 'SMS count', async (tx) => {
      await countSmsSent(tx, subject);
      await recordSmsDelivery(tx, subject, { providerId, kind });
    });
    return undefined;
  };
}
