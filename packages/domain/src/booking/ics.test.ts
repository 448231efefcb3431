import { describe, expect, it } from 'vitest';
import { calendarEvent, calendarFeed, escapeText, foldLine } from './ics.ts';

describe('iCalendar event', () => {
  const ics = calendarEvent({
    uid: 'b1@reseau-fabriques.fr',
    start: '2026-12-10T09:00:00.000Z',
    end: '2026-12-10T11:00:00.000Z',
    summary: 'Prendre en main son smartphone',
    location: 'Konk Ar Lab, 1 rue du Port, 29900 Concarneau',
    description: 'Votre lien : https://exemple.fr/reservation/abc',
    stamp: new Date('2026-11-23T08:00:00Z'),
  });

  it('holds one event in UTC with CRLF line ends', () => {
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(ics).toContain('\r\nDTSTART:20261210T090000Z\r\n');
    expect(ics).toContain('\r\nDTEND:20261210T110000Z\r\n');
    expect(ics).toContain('\r\nDTSTAMP:20261123T080000Z\r\n');
    expect(ics).toContain('\r\nUID:b1@reseau-fabriques.fr\r\n');
    expect(ics.endsWith('END:VEVENT\r\nEND:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toContain('\n');
  });

  it('escapes commas, semicolons, backslashes and new lines', () => {
    expect(escapeText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
    expect(ics).toContain('LOCATION:Konk Ar Lab\\, 1 rue du Port\\, 29900 Concarneau');
  });

  it('folds long lines at 75 octets without splitting a character', () => {
    const line = `SUMMARY:${'é'.repeat(80)}`;
    const folded = foldLine(line);
    const parts = folded.split('\r\n');
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
    expect(parts.map((p, i) => (i === 0 ? p : p.slice(1))).join('')).toBe(line);
  });
});

/** Unfolds a calendar (RFC 5545 §3.1) into its content lines. */
const contentLines = (ics: string) =>
  ics
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .filter(Boolean);

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

  it('is one VCALENDAR holding every event, in order, with its name', () => {
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines.at(-1)).toBe('END:VCALENDAR');
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(2);
    expect(lines.filter((l) => l === 'END:VEVENT')).toHaveLength(2);
    expect(lines).toContain('X-WR-CALNAME:Konk Ar Lab\\, Concarneau');
    expect(lines).toContain('REFRESH-INTERVAL;VALUE=DURATION:PT30M');
    // Calendar properties come before the first event.
    expect(lines.indexOf('NAME:Konk Ar Lab\\, Concarneau')).toBeLessThan(lines.indexOf('BEGIN:VEVENT'));
    expect(lines.filter((l) => l.startsWith('UID:'))).toEqual([
      'UID:session-s1@reseau-fabriques',
      'UID:session-s2@reseau-fabriques',
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
  });

  it('is a valid empty calendar when there is nothing to show', () => {
    const empty = contentLines(calendarFeed({ name: 'Vide', events: [] }));
    expect(empty[0]).toBe('BEGIN:VCALENDAR');
    expect(empty.at(-1)).toBe('END:VCALENDAR');
    expect(empty).not.toContain('BEGIN:VEVENT');
  });
});
