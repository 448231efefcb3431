// What the booking procedures share: the private link's token, the address line, the e-mails.
import { createHmac } from 'node:crypto';
import type { BookingView } from '@rf/db/booking/booking-engine.repository';
import { calendarEvent } from '@rf/domain/booking/ics';
import type { Services } from '../../services.server.ts';

/**
 * The private link's token is derived from the booking's idempotency key with a server secret: a double
 * submit gets the same link back, and the link can be sent again (e.g. after a promotion) while the
 * database keeps only its hash. The key is random and never shown to anyone but the person booking.
 */
export function bookingToken(secret: string, idempotencyKey: string): string {
  return createHmac('sha256', secret).update(`booking:${idempotencyKey}`).digest('base64url');
}

export function addressLine(place: {
  address: string | null;
  postalCode: string | null;
  commune: string | null;
}): string | null {
  const town = [place.postalCode, place.commune].filter(Boolean).join(' ');
  const line = [place.address, town].filter(Boolean).join(', ');
  return line || null;
}

/** Mail clients of residents show the date as it is written: Paris time, in full. */
const frenchDate = new Intl.DateTimeFormat('fr-FR', {
  timeZone: 'Europe/Paris',
  dateStyle: 'full',
  timeStyle: 'short',
});

export function privateLink(services: Services, token: string): string {
  return new URL(`/reservation/${token}`, services.env.SITE_URL).toString();
}

type BookingMail = 'confirmed' | 'waitlisted' | 'promoted';

/**
 * Tells the person about their booking, once the transaction has committed. A booking with a phone number
 * only gets no e-mail. A failure to send is logged and does not undo the booking.
 */
export async function sendBookingMail(
  services: Services,
  kind: BookingMail,
  booking: BookingView,
  token: string,
): Promise<void> {
  if (!booking.email) return;
  const { t, mailer, logger } = services;
  const link = privateLink(services, token);
  const place = [booking.placeName, addressLine(booking)].filter(Boolean).join(', ');
  const params = {
    firstName: booking.firstName,
    title: booking.title,
    date: frenchDate.format(new Date(booking.startsAt)),
    place,
    link,
  };
  const subject = t(`mail.booking.${kind}.subject`, params);
  const text = `${t(`mail.booking.${kind}.body`, params)}\n\n${t('mail.signature')}`;
  const attachments =
    kind === 'waitlisted'
      ? []
      : [
          {
            filename: 'atelier.ics',
            contentType: 'text/calendar; charset=utf-8; method=PUBLISH',
            content: calendarEvent({
              uid: `${booking.id}@reseau-fabriques`,
              start: booking.startsAt,
              end: booking.endsAt,
              summary: booking.title,
              location: place,
              description: t('mail.booking.ics_description', { link }),
              url: link,
            }),
          },
        ];
  try {
    await mailer.send({ to: booking.email, subject, text, attachments });
  } catch (error) {
    logger.error({ err: error, bookingId: booking.id, kind }, 'booking e-mail not sent');
  }
}
