// What every appointment e-mail says the same way: the date, modality and place, the private link, and the
// calendar file (one UID per appointment, so a cancellation removes the event the confirmation added).
import type { AppointmentView } from '@rf/db/appointments/appointment-engine.repository';
import { calendarEvent } from '@rf/domain/booking/ics';
import { appointmentLink, appointmentToken, placeLine } from '../appointment-link.ts';
import { mailDate } from '../booking-link.ts';
import { greetingName } from './booking-parts.ts';
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

export function appointmentInvite(
  deps: Pick<MailTaskDeps, 't'>,
  appointment: AppointmentView,
  params: AppointmentMailParams,
  cancelled: boolean,
) {
  return {
    filename: 'rendez-vous.ics',
    contentType: 'text/calendar; charset=utf-8; method=PUBLISH',
    content: calendarEvent({
      uid: `${appointment.id}@reseau-fabriques`,
      start: appointment.startsAt,
      end: appointment.endsAt,
      summary: deps.t('mail.appointment.ics_summary', { place: appointment.placeName }),
      location: params.place,
      description: deps.t('mail.appointment.ics_description', { link: params.link }),
      url: params.link,
      ...(cancelled ? { status: 'CANCELLED' as const } : {}),
    }),
  };
}
