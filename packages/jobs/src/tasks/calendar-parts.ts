// The calendar invitation every e-mail about a booking or an appointment carries (decision 052): one event,
// the same UID from the confirmation on, and the SEQUENCE the database keeps for it, which grows with each
// change. `REQUEST` adds or updates the event in the person's calendar, `CANCEL` removes it.
import type { BookingView } from '@rf/db/booking/booking-engine.repository';
import { type CalendarEvent, calendarInvitation, type InvitationMethod } from '@rf/domain/booking/ics';
import type { MailCalendar } from '@rf/mail';
import type { MailTaskDeps } from './deps.ts';

/** The UID of a booking's or an appointment's event, the same in every e-mail about it. */
export const eventUid = (id: string) => `${id}@reseau-fabriques`;

export function calendarInvite(
  deps: Pick<MailTaskDeps, 'mailer'>,
  to: string,
  filename: string,
  method: InvitationMethod,
  event: CalendarEvent & { sequence: number },
): MailCalendar {
  const { sender } = deps.mailer;
  return {
    method,
    filename,
    content: calendarInvitation({
      method,
      organizer: { name: sender.name, email: sender.address },
      attendee: to,
      event,
    }),
  };
}

/** A session booking's event, at the place (and room) the e-mail gives, with its private link. */
export function bookingInvite(
  deps: Pick<MailTaskDeps, 't' | 'mailer'>,
  booking: BookingView,
  to: string,
  sequence: number,
  params: { place: string; link: string },
  method: InvitationMethod,
): MailCalendar {
  return calendarInvite(deps, to, 'atelier.ics', method, {
    uid: eventUid(booking.id),
    sequence,
    start: booking.startsAt,
    end: booking.endsAt,
    summary: booking.title,
    location: params.place,
    description: deps.t('mail.booking.ics_description', { link: params.link }),
    url: params.link,
  });
}
