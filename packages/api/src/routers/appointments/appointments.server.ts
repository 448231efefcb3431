// What the appointment procedures share: the private link's token, the confirmation e-mail.
// TODO(H4 job queue): the confirmation is sent after commit, like booking e-mails today; it should move to
// the job queue with them so that an SMTP outage does not lose it.
import { createHmac } from 'node:crypto';
import type { AppointmentView } from '@rf/db/appointments/appointment-engine.repository';
import { calendarEvent } from '@rf/domain/booking/ics';
import type { Services } from '../../services.server.ts';
import { addressLine } from '../booking/booking.server.ts';

/**
 * Derived from the appointment's idempotency key with a server secret (as bookings' links are, with
 * another label): a double submit gets the same link back, and the database keeps only its hash.
 */
export function appointmentToken(secret: string, idempotencyKey: string): string {
  return createHmac('sha256', secret).update(`appointment:${idempotencyKey}`).digest('base64url');
}

export function appointmentLink(services: Services, token: string): string {
  return new URL(`/rendez-vous/${token}`, services.env.SITE_URL).toString();
}

export function placeLine(place: {
  placeName: string;
  address: string | null;
  postalCode: string | null;
  commune: string | null;
}): string {
  return [place.placeName, addressLine(place)].filter(Boolean).join(', ');
}

const frenchDate = new Intl.DateTimeFormat('fr-FR', {
  timeZone: 'Europe/Paris',
  dateStyle: 'full',
  timeStyle: 'short',
});

/** The confirmation, once the appointment is committed; phone-only bookings get none. Failures are logged. */
export async function sendAppointmentMail(
  services: Services,
  appointment: AppointmentView,
  token: string,
): Promise<void> {
  if (!appointment.email) return;
  const { t, mailer, logger } = services;
  const link = appointmentLink(services, token);
  const place = placeLine(appointment);
  const params = {
    firstName: appointment.firstName,
    date: frenchDate.format(new Date(appointment.startsAt)),
    modality: t(`appointments.modality.${appointment.modality}`).toLowerCase(),
    place,
    link,
  };
  try {
    await mailer.send({
      to: appointment.email,
      subject: t('mail.appointment.confirmed.subject', params),
      text: `${t('mail.appointment.confirmed.body', params)}\n\n${t('mail.signature')}`,
      attachments: [
        {
          filename: 'rendez-vous.ics',
          contentType: 'text/calendar; charset=utf-8; method=PUBLISH',
          content: calendarEvent({
            uid: `${appointment.id}@reseau-fabriques`,
            start: appointment.startsAt,
            end: appointment.endsAt,
            summary: t('mail.appointment.ics_summary', { place: appointment.placeName }),
            location: place,
            description: t('mail.appointment.ics_description', { link }),
            url: link,
          }),
        },
      ],
    });
  } catch (error) {
    logger.error({ err: error, appointmentId: appointment.id }, 'appointment e-mail not sent');
  }
}
