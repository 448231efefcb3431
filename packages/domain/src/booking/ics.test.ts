import { describe, expect, it } from 'vitest';
import { calendarEvent, escapeText, foldLine } from './ics.ts';

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
