// What every appointment e-mail says the same way: the date, modality and place, the private link, and the
// calendar file (one UID per appointment, so a cancellation removes the event the confirmation added).
import type { AppointmentView } from '@rf/db/appointments/appointment-engine.repository';
import type { MailCalendar } from '@rf/mail';
import { appointmentLink, appointmentToken, placeLine } from '../appointment-link.ts';
import { mailDate } from '../booking-link.ts';
import { greetingName } from './booking-parts.ts';
import { calendarInvite, eventUid } from './calendar-parts.ts';
import type { MailTaskDeps } from './deps.ts';

export interface AppointmentMailParams extends Record<string, string> {
  firstName: string;
  date: string;
  modality: string;
  place: string;
  link: string;
  bookAgain: string;
}

export function appointmentMailParams(
  deps: Pick<MailTaskDeps, 't' | 'siteUrl' | 'linkKey'>,
  appointment: AppointmentView,
  idempotencyKey: string,
): AppointmentMailParams {
  return {
    firstName: greetingName(deps.t, appointment.firstName),
    date: mailDate(appointment.startsAt, appointment.locale),
    modality: deps.t(`appointments.modality.${appointment.modality}`).toLowerCase(),
    place: placeLine(appointment),
    link: appointmentLink(deps.siteUrl, appointmentToken(deps.linkKey, idempotencyKey)),
    bookAgain: new URL(`/lieux/${appointment.placeSlug}/rendez-vous`, deps.siteUrl).toString(),
  };
}

/**
 * The appointment's calendar event for the person (`to`): `REQUEST` adds or moves it, `CANCEL` removes it;
 * `sequence` is the appointment's (decision 052), read before the appointment itself.
 */
export function appointmentInvite(
  deps: Pick<MailTaskDeps, 't' | 'mailer'>,
  appointment: AppointmentView,
  to: string,
  params: AppointmentMailParams,
  { cancelled, sequence }: { cancelled: boolean; sequence: number },
): MailCalendar {
  return calendarInvite(deps, to, 'rendez-vous.ics', cancelled ? 'CANCEL' : 'REQUEST', {
    uid: eventUid(appointment.id),
    sequence,
    start: appointment.startsAt,
    end: appointment.endsAt,
    summary: deps.t('mail.appointment.ics_summary', { place: appointment.placeName }),
    location: params.place,
    description: deps.t('mail.appointment.ics_description', { link: params.link }),
    url: params.link,
  });
}
