// What every e-mail about a session booking says the same way (confirmation, waitlist, promotion,
// cancellation, reminder): whom it greets, the workshop, the date, the place and the private link.
import type { BookingView } from '@rf/db/booking/booking-engine.repository';
import { mailFirstName } from '@rf/domain/booking/person';
import type { Translate } from '@rf/i18n';
import { addressLine, bookingToken, mailDate, privateLink } from '../booking-link.ts';
import type { MailTaskDeps } from './deps.ts';

/**
 * The first name typed in the booking form, as the greeting says it: the only words of an anonymous form
 * our e-mails repeat, reduced to letters and cut short (`mailFirstName`); "Bonjour à vous" when nothing
 * of a name is left. Nothing else typed in the form (a prescriber's organisation, an appointment's motive)
 * goes into an e-mail: the place's team reads those in the console.
 */
export function greetingName(t: Translate, firstName: string): string {
  return mailFirstName(firstName) || t('mail.first_name_fallback');
}

export interface BookingMailParams extends Record<string, string> {
  firstName: string;
  title: string;
  date: string;
  place: string;
  link: string;
}

export function bookingMailParams(
  deps: Pick<MailTaskDeps, 't' | 'siteUrl' | 'linkKey'>,
  booking: BookingView,
  idempotencyKey: string,
): BookingMailParams {
  return {
    firstName: greetingName(deps.t, booking.firstName),
    title: booking.title,
    date: mailDate(booking.startsAt, booking.locale),
    place: [booking.placeName, addressLine(booking)].filter(Boolean).join(', '),
    link: privateLink(deps.siteUrl, bookingToken(deps.linkKey, idempotencyKey)),
  };
}
