import { describe, expect, it } from 'vitest';
import { PARIS_TIME_ZONE, parisDay, parisDays } from './paris.ts';

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

describe('parisDays', () => {
  it('turns whole Paris days into instants, in winter and in summer', () => {
    expect(parisDays('2026-12-01', '2026-12-02')).toEqual({
      from: '2026-11-30T23:00:00.000Z',
      to: '2026-12-02T23:00:00.000Z',
    });
    expect(parisDays('2027-07-01')).toEqual({
      from: '2027-06-30T22:00:00.000Z',
      to: '2027-07-01T22:00:00.000Z',
    });
  });

  it('gives the days the clocks change their 23 and 25 hours', () => {
    const spring = parisDays('2027-03-28');
    expect(Date.parse(spring.to) - Date.parse(spring.from)).toBe(23 * 3_600_000);
    const autumn = parisDays('2026-10-25');
    expect(Date.parse(autumn.to) - Date.parse(autumn.from)).toBe(25 * 3_600_000);
  });
});
