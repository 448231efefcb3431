import { describe, expect, it } from 'vitest';
import { type CalendarInvitation, calendarFeed, calendarInvitation } from './ics.ts';
import { parseCalendar, parseInvitation, receiveInvitations } from './ics-testing.ts';

/** Unfolds a calendar (RFC 5545 §3.1) into its content lines. */
const contentLines = (ics: string) =>
  ics
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .filter(Boolean);

const organizer = { name: 'Réseau Fabriques', email: 'ne-pas-repondre@reseau-fabriques.test' };

const invitation = (
  method: CalendarInvitation['method'],
  sequence: number,
  start: string,
  end: string,
): CalendarInvitation => ({
  method,
  organizer,
  attendee: 'camille@example.org',
  event: {
    uid: 'b1@reseau-fabriques',
    sequence,
    start,
    end,
    summary: 'Prendre en main son smartphone',
    location: 'Konk Ar Lab, 1 rue du Port, 29900 Concarneau',
    description: 'Votre lien : https://exemple.fr/reservation/abc',
    url: 'https://exemple.fr/reservation/abc',
    stamp: new Date('2026-11-23T08:00:00Z'),
  },
});

describe('an e-mailed invitation', () => {
  const confirmed = calendarInvitation(
    invitation('REQUEST', 0, '2026-12-10T09:00:00.000Z', '2026-12-10T11:00:00.000Z'),
  );
  const moved = calendarInvitation(
    invitation('REQUEST', 1, '2026-12-17T13:00:00.000Z', '2026-12-17T15:00:00.000Z'),
  );
  const cancelled = calendarInvitation(
    invitation('CANCEL', 2, '2026-12-17T13:00:00.000Z', '2026-12-17T15:00:00.000Z'),
  );

  it('is one REQUEST event in UTC, with CRLF line ends, that a parser reads at its time', () => {
    const lines = contentLines(confirmed);
    expect(confirmed.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(lines).toContain('METHOD:REQUEST');
    expect(lines).toContain('DTSTART:20261210T090000Z');
    expect(lines).toContain('DTEND:20261210T110000Z');
    expect(lines).toContain('DTSTAMP:20261123T080000Z');
    expect(lines).toContain('UID:b1@reseau-fabriques');
    expect(lines).toContain('SEQUENCE:0');
    expect(lines).toContain('STATUS:CONFIRMED');
    expect(confirmed.endsWith('END:VEVENT\r\nEND:VCALENDAR\r\n')).toBe(true);
    expect(confirmed.replace(/\r\n/g, '')).not.toContain('\n');

    const event = parseInvitation(confirmed);
    expect(event.calendarMethod).toBe('REQUEST');
    expect(event.uid).toBe('b1@reseau-fabriques');
    expect(event.start.toISOString()).toBe('2026-12-10T09:00:00.000Z');
    expect(event.end?.toISOString()).toBe('2026-12-10T11:00:00.000Z');
    expect(event.summary).toBe('Prendre en main son smartphone');
    expect(event.location).toBe('Konk Ar Lab, 1 rue du Port, 29900 Concarneau');
  });

  it('names the network as organizer and the address alone as attendee, who need not answer', () => {
    const lines = contentLines(confirmed);
    expect(lines).toContain('ORGANIZER;CN="Réseau Fabriques":mailto:ne-pas-repondre@reseau-fabriques.test');
    const attendee = lines.find((l) => l.startsWith('ATTENDEE'));
    expect(attendee).toMatch(/PARTSTAT=ACCEPTED/);
    expect(attendee).toMatch(/RSVP=FALSE/);
    expect(attendee).toMatch(/:mailto:camille@example\.org$/i);
    expect(attendee).not.toMatch(/CN=/);
  });

  it('moved: same UID, a higher SEQUENCE, the new time; a calendar ends with the event at the new time', () => {
    const first = parseInvitation(confirmed);
    const second = parseInvitation(moved);
    expect(second.uid).toBe(first.uid);
    expect(second.sequence).toBeGreaterThan(first.sequence ?? 0);
    expect(second.start.toISOString()).toBe('2026-12-17T13:00:00.000Z');

    const held = receiveInvitations([confirmed, moved]);
    expect([...held.keys()]).toEqual(['b1@reseau-fabriques']);
    expect(held.get('b1@reseau-fabriques')?.start.toISOString()).toBe('2026-12-17T13:00:00.000Z');
    // The confirmation arriving late changes nothing.
    expect(receiveInvitations([moved, confirmed]).get('b1@reseau-fabriques')?.start.toISOString()).toBe(
      '2026-12-17T13:00:00.000Z',
    );
    // A parser fed both in order reads one event, at the new time.
    const both = parseCalendar(confirmed + moved);
    expect(both.events).toHaveLength(1);
    expect(both.events[0]?.start.toISOString()).toBe('2026-12-17T13:00:00.000Z');
  });

  it('cancelled: METHOD:CANCEL, STATUS:CANCELLED, same UID, a higher SEQUENCE', () => {
    const lines = contentLines(cancelled);
    expect(lines).toContain('METHOD:CANCEL');
    expect(lines).toContain('STATUS:CANCELLED');
    const event = parseInvitation(cancelled);
    expect(event.calendarMethod).toBe('CANCEL');
    expect(event.uid).toBe('b1@reseau-fabriques');
    expect(event.sequence).toBeGreaterThan(parseInvitation(moved).sequence ?? 0);
    expect(receiveInvitations([confirmed, moved, cancelled]).get('b1@reseau-fabriques')?.status).toBe(
      'CANCELLED',
    );
    // The move arriving after the cancellation does not bring the event back.
    expect(receiveInvitations([confirmed, cancelled, moved]).get('b1@reseau-fabriques')?.status).toBe(
      'CANCELLED',
    );
  });

  it('escapes text and folds long lines at 75 octets without splitting a character', () => {
    const long = calendarInvitation({
      ...invitation('REQUEST', 0, '2026-12-10T09:00:00.000Z', '2026-12-10T11:00:00.000Z'),
      event: {
        ...invitation('REQUEST', 0, '2026-12-10T09:00:00.000Z', '2026-12-10T11:00:00.000Z').event,
        summary: `Atelier; niveau 1, ${'é'.repeat(80)}`,
      },
    });
    expect(contentLines(long)).toContain(`SUMMARY:Atelier\\; niveau 1\\, ${'é'.repeat(80)}`);
    expect(contentLines(long)).toContain('LOCATION:Konk Ar Lab\\, 1 rue du Port\\, 29900 Concarneau');
    for (const physical of long.split('\r\n')) {
      expect(new TextEncoder().encode(physical).length).toBeLessThanOrEqual(75);
      expect(physical).not.toContain('\uFFFD');
    }
    expect(parseInvitation(long).summary).toBe(`Atelier; niveau 1, ${'é'.repeat(80)}`);
  });
});

describe('iCalendar feed of many events', () => {
  const stamp = new Date('2026-11-23T08:00:00Z');
  const ics = calendarFeed({
    name: 'Konk Ar Lab, Concarneau',
    refreshMinutes: 30,
    events: [
      {
        uid: 'session-s1@reseau-fabriques',
        start: '2026-12-10T09:00:00.000Z',
        end: '2026-12-10T11:00:00.000Z',
        summary: 'Débuter avec l’ordinateur; niveau 1',
        description: `Ligne 1\nLigne 2 ${'très longue '.repeat(10)}`,
        stamp,
        status: 'CONFIRMED',
        lastModified: '2026-11-20T10:00:00.000Z',
        sequence: 3,
      },
      {
        uid: 'session-s2@reseau-fabriques',
        start: '2026-12-11T13:00:00.000Z',
        end: '2026-12-11T15:00:00.000Z',
        summary: 'Atelier annulé',
        stamp,
        status: 'CANCELLED',
      },
    ],
  });
  const lines = contentLines(ics);

  it('is one PUBLISHed VCALENDAR holding every event, in order, with its name', () => {
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines.at(-1)).toBe('END:VCALENDAR');
    expect(lines).toContain('METHOD:PUBLISH');
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(2);
    expect(lines.filter((l) => l === 'END:VEVENT')).toHaveLength(2);
    expect(lines).toContain('X-WR-CALNAME:Konk Ar Lab\\, Concarneau');
    expect(lines).toContain('REFRESH-INTERVAL;VALUE=DURATION:PT30M');
    expect(lines).toContain('X-PUBLISHED-TTL:PT30M');
    // Calendar properties come before the first event.
    expect(lines.indexOf('NAME:Konk Ar Lab\\, Concarneau')).toBeLessThan(lines.indexOf('BEGIN:VEVENT'));
    expect(lines.filter((l) => l.startsWith('UID:'))).toEqual([
      'UID:session-s1@reseau-fabriques',
      'UID:session-s2@reseau-fabriques',
    ]);
    const parsed = parseCalendar(ics);
    expect(parsed.method).toBe('PUBLISH');
    expect(parsed.events.map((e) => [e.uid, e.start.toISOString(), e.sequence])).toEqual([
      ['session-s1@reseau-fabriques', '2026-12-10T09:00:00.000Z', 3],
      ['session-s2@reseau-fabriques', '2026-12-11T13:00:00.000Z', 0],
    ]);
  });

  it('marks a cancelled session CANCELLED and a scheduled one CONFIRMED', () => {
    const second = lines.slice(lines.lastIndexOf('BEGIN:VEVENT'));
    expect(second).toContain('STATUS:CANCELLED');
    expect(lines.slice(0, lines.lastIndexOf('BEGIN:VEVENT'))).toContain('STATUS:CONFIRMED');
    expect(lines).toContain('LAST-MODIFIED:20261120T100000Z');
    expect(lines.filter((l) => l === 'DTSTAMP:20261123T080000Z')).toHaveLength(2);
  });

  it('escapes text and folds every physical line to 75 octets', () => {
    expect(lines).toContain('SUMMARY:Débuter avec l’ordinateur\\; niveau 1');
    expect(lines.find((l) => l.startsWith('DESCRIPTION:'))).toMatch(/^DESCRIPTION:Ligne 1\\nLigne 2 très/);
    for (const physical of ics.split('\r\n')) {
      expect(new TextEncoder().encode(physical).length).toBeLessThanOrEqual(75);
    }
    expect(ics.replace(/\r\n/g, '')).not.toContain('\n');
    expect(parseCalendar(ics).events[0]?.summary).toBe('Débuter avec l’ordinateur; niveau 1');
  });

  it('escapes a name that would otherwise break a line', () => {
    const named = contentLines(calendarFeed({ name: 'Lieu\r\nX-INJECTED:1', events: [] }));
    expect(named).toContain('X-WR-CALNAME:Lieu\\nX-INJECTED:1');
    expect(named).not.toContain('X-INJECTED:1');
  });

  it('is a valid empty calendar when there is nothing to show', () => {
    const empty = contentLines(calendarFeed({ name: 'Vide', events: [] }));
    expect(empty[0]).toBe('BEGIN:VCALENDAR');
    expect(empty.at(-1)).toBe('END:VCALENDAR');
    expect(empty).not.toContain('BEGIN:VEVENT');
  });
});
