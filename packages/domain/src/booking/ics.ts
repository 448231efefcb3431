/**
 * Minimal RFC 5545 calendars: one event for a booking's `.ics` attachment, many for a place's feed
 * (`/lieux/:slug/agenda.ics`). Times in UTC, text escaped, lines folded at 75 octets, CRLF line ends.
 */
export interface CalendarEvent {
  uid: string;
  start: string;
  end: string;
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
}

function utc(iso: string | Date): string {
  return new Date(iso)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

export function escapeText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Folds a content line into chunks of at most 75 octets, never inside a UTF-8 character. */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const char of line) {
    const bytes = encoder.encode(char).length;
    const limit = parts.length === 0 ? 75 : 74; // continuation lines start with a space
    if (size + bytes > limit) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += char;
    size += bytes;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

function eventLines(event: CalendarEvent): string[] {
  return [
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `DTSTAMP:${utc(event.stamp ?? new Date())}`,
    `DTSTART:${utc(event.start)}`,
    `DTEND:${utc(event.end)}`,
    `SUMMARY:${escapeText(event.summary)}`,
    ...(event.location ? [`LOCATION:${escapeText(event.location)}`] : []),
    ...(event.description ? [`DESCRIPTION:${escapeText(event.description)}`] : []),
    ...(event.url ? [`URL:${event.url}`] : []),
    ...(event.status ? [`STATUS:${event.status}`] : []),
    ...(event.lastModified ? [`LAST-MODIFIED:${utc(event.lastModified)}`] : []),
    'END:VEVENT',
  ];
}

function calendar(head: string[], events: readonly CalendarEvent[]): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Reseau Fabriques//Reservations//FR',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...head,
    ...events.flatMap(eventLines),
    'END:VCALENDAR',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}

export function calendarEvent(event: CalendarEvent): string {
  return calendar([], [event]);
}

/**
 * A calendar of many events for subscription (a place's agenda): its name and a refresh hint for the
 * clients that read them (X-WR-CALNAME, REFRESH-INTERVAL of RFC 7986 and its X-PUBLISHED-TTL twin).
 */
export function calendarFeed(feed: {
  name: string;
  description?: string;
  /** How often clients should fetch it again, in minutes. */
  refreshMinutes?: number;
  events: readonly CalendarEvent[];
}): string {
  const refresh = feed.refreshMinutes ?? 60;
  return calendar(
    [
      `NAME:${escapeText(feed.name)}`,
      `X-WR-CALNAME:${escapeText(feed.name)}`,
      ...(feed.description ? [`X-WR-CALDESC:${escapeText(feed.description)}`] : []),
      'X-WR-TIMEZONE:Europe/Paris',
      `REFRESH-INTERVAL;VALUE=DURATION:PT${refresh}M`,
      `X-PUBLISHED-TTL:PT${refresh}M`,
    ],
    feed.events,
  );
}
