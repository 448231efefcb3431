/**
 * For tests: reads calendar files back with a real parser (`node-ical`, a devDependency) and plays what a
 * calendar application does with e-mailed invitations (iTIP, RFC 5546 §2.1.5): an event is kept per UID, a
 * REQUEST with a higher (or equal) SEQUENCE replaces it, a lower one arriving late is ignored, and a CANCEL
 * with a higher (or equal) SEQUENCE removes it.
 */
import ical, { type VEvent } from 'node-ical';

export interface ParsedCalendar {
  method: string | undefined;
  events: VEvent[];
}

export function parseCalendar(text: string): ParsedCalendar {
  const parsed = ical.sync.parseICS(text);
  const events = Object.values(parsed).filter((c): c is VEvent => c?.type === 'VEVENT');
  const calendar = parsed.vcalendar;
  return { method: calendar?.type === 'VCALENDAR' ? calendar.method : undefined, events };
}

/** The single event of an e-mailed invitation, with the calendar's METHOD. */
export function parseInvitation(text: string): VEvent & { calendarMethod: string | undefined } {
  const { method, events } = parseCalendar(text);
  if (events.length !== 1) throw new Error(`an invitation holds one event, not ${events.length}`);
  const [event] = events as [VEvent];
  return { ...event, calendarMethod: method };
}

/**
 * What a calendar holds, by UID, after receiving these invitations in this order: the last event it
 * accepted, a cancelled one with STATUS:CANCELLED (kept, so that an older REQUEST arriving late does not
 * bring it back).
 */
export function receiveInvitations(texts: readonly string[]): Map<string, VEvent> {
  const held = new Map<string, VEvent>();
  for (const text of texts) {
    const event = parseInvitation(text);
    const current = held.get(event.uid);
    if (current && (event.sequence ?? 0) < (current.sequence ?? 0)) continue;
    held.set(event.uid, event.calendarMethod === 'CANCEL' ? { ...event, status: 'CANCELLED' } : event);
  }
  return held;
}
