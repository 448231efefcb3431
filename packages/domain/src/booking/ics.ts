/**
 * iCalendar (RFC 5545) written with `ical-generator` (decision 052), in two kinds:
 *
 * - `calendarInvitation`: the one event e-mailed to the person it is for (iTIP, RFC 5546). `REQUEST` adds
 *   it or updates it, `CANCEL` removes it. Every e-mail of a booking or an appointment keeps the same UID and
 *   carries a SEQUENCE that grows with each change, so a calendar replaces the event it holds by a newer one
 *   and ignores an older one arriving late.
 * - `calendarFeed`: a place's public agenda (`/lieux/:slug/agenda.ics`), `PUBLISH`ed to subscribers.
 *
 * Times are in UTC. Text escaping, line folding at 75 octets and CRLF line ends are the library's.
 */
import ical, {
  ICalAttendeeRole,
  ICalAttendeeStatus,
  ICalCalendarMethod,
  type ICalEventData,
  ICalEventStatus,
} from 'ical-generator';
import { PARIS_TIME_ZONE } from '../time/paris.ts';

export interface CalendarEvent {
  uid: string;
  start: string | Date;
  end: string | Date;
  summary: string;
  location?: string;
  description?: string;
  url?: string;
  /** When the file is made; defaults to now. */
  stamp?: Date;
  /** In a feed: a cancelled session stays listed a while as CANCELLED so subscribed calendars update. */
  status?: 'CONFIRMED' | 'CANCELLED';
  /** When the event last changed (LAST-MODIFIED). */
  lastModified?: string | Date;
  /** Revision of the event (SEQUENCE): grows with each change of its time, place or status. */
  sequence?: number;
}

/** iTIP methods of an e-mailed event: added or updated (`REQUEST`), removed (`CANCEL`). */
export type InvitationMethod = 'REQUEST' | 'CANCEL';

export interface CalendarInvitation {
  method: InvitationMethod;
  /** Who sends it (ORGANIZER): the network's sending address. */
  organizer: { name: string; email: string };
  /** Who it is for (ATTENDEE): the e-mail address only, never the person's name. */
  attendee: string;
  event: CalendarEvent & { sequence: number };
}

const PRODUCT = '//Reseau Fabriques//Reservations//FR';

/** TEXT escaping (RFC 5545 §3.3.11), for the calendar's name which the library writes as given. */
function escapeText(value: string): string {
  return value.replace(/[\\;,]/g, (match) => `\\${match}`).replace(/\r\n|\r|\n/g, '\\n');
}

function eventData(event: CalendarEvent): ICalEventData {
  return {
    id: event.uid,
    sequence: event.sequence ?? 0,
    stamp: event.stamp ?? new Date(),
    start: new Date(event.start),
    end: new Date(event.end),
    summary: event.summary,
    location: event.location ?? null,
    description: event.description ?? null,
    url: event.url ?? null,
    status: event.status ? ICalEventStatus[event.status] : null,
    lastModified: event.lastModified ? new Date(event.lastModified) : null,
  };
}

/** RFC 5545 ends every content line, the last one too, with CRLF. */
const withFinalLineEnd = (text: string) => (text.endsWith('\r\n') ? text : `${text}\r\n`);

/**
 * One event for an e-mail: `REQUEST` (STATUS:CONFIRMED) for a new or changed booking or appointment,
 * `CANCEL` (STATUS:CANCELLED) for a cancelled one. The person is the only attendee, already accepted and
 * asked for no reply: the private link in the e-mail is where they answer.
 */
export function calendarInvitation(invitation: CalendarInvitation): string {
  const cancel = invitation.method === 'CANCEL';
  const calendar = ical({
    prodId: PRODUCT,
    method: cancel ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST,
    scale: 'GREGORIAN',
  });
  calendar.createEvent({
    ...eventData(invitation.event),
    status: cancel ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    organizer: invitation.organizer,
    attendees: [
      {
        email: invitation.attendee,
        role: ICalAttendeeRole.REQ,
        status: ICalAttendeeStatus.ACCEPTED,
        rsvp: false,
      },
    ],
  });
  return withFinalLineEnd(calendar.toString());
}

/**
 * A calendar of many events for subscription (a place's agenda), `PUBLISH`ed: its name and a refresh hint
 * for the clients that read them (REFRESH-INTERVAL of RFC 7986 and its X-PUBLISHED-TTL twin).
 */
export function calendarFeed(feed: {
  name: string;
  description?: string;
  /** How often clients should fetch it again, in minutes. */
  refreshMinutes?: number;
  events: readonly CalendarEvent[];
}): string {
  const calendar = ical({
    prodId: PRODUCT,
    method: ICalCalendarMethod.PUBLISH,
    scale: 'GREGORIAN',
    name: escapeText(feed.name),
    description: feed.description ? escapeText(feed.description) : null,
    ttl: (feed.refreshMinutes ?? 60) * 60,
    // Times are in UTC; this tells the clients which zone to show them in.
    x: { 'X-WR-TIMEZONE': PARIS_TIME_ZONE },
  });
  for (const event of feed.events) calendar.createEvent(eventData(event));
  return withFinalLineEnd(calendar.toString());
}
