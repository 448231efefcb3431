import { describe, expect, it } from 'vitest';
import { PARIS_TIME_ZONE, parisDay } from './paris.ts';

describe('parisDay', () => {
  it('reads an instant as its Paris calendar day, in winter (UTC+1) and summer (UTC+2)', () => {
    expect(parisDay('2027-03-10T22:59:00Z')).toBe('2027-03-10');
    expect(parisDay('2027-03-10T23:30:00Z')).toBe('2027-03-11');
    expect(parisDay(new Date('2026-07-01T21:59:00Z'))).toBe('2026-07-01');
    expect(parisDay(new Date('2026-07-01T22:30:00Z'))).toBe('2026-07-02');
    expect(parisDay(new Date('2026-12-31T22:30:00Z'))).toBe('2026-12-31');
  });

  it('is today in Paris when no instant is given, whatever the process’s time zone', () => {
    const expected = new Intl.DateTimeFormat('en-CA', { timeZone: PARIS_TIME_ZONE }).format(new Date());
    // Around midnight the two reads may fall on either side of it: then both days are right.
    expect([expected, parisDay(new Date(Date.now() - 1000))]).toContain(parisDay());
  });
});
