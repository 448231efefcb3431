import { describe, expect, it } from 'vitest';
import { fromLocal, minutesOfTime, timeOfMinutes, toLocal } from './local-time.ts';
import { PARIS_TIME_ZONE } from './paris.ts';

const parisTime = (instant: Date) => timeOfMinutes(toLocal(instant, PARIS_TIME_ZONE).minutes);

describe('local time in Paris', () => {
  it('reads Paris wall-clock time with the summer and winter offsets', () => {
    expect(fromLocal('2026-07-01', 14 * 60, PARIS_TIME_ZONE).toISOString()).toBe('2026-07-01T12:00:00.000Z');
    expect(fromLocal('2026-12-01', 14 * 60, PARIS_TIME_ZONE).toISOString()).toBe('2026-12-01T13:00:00.000Z');
    expect(toLocal(new Date('2026-12-31T23:30:00Z'), PARIS_TIME_ZONE)).toEqual({
      date: '2027-01-01',
      minutes: 30,
    });
  });

  it('moves a time that does not exist (March change) forward, and takes the first of an ambiguous one', () => {
    // 29 March 2026: 02:00 → 03:00. 02:30 does not exist.
    expect(parisTime(fromLocal('2026-03-29', minutesOfTime('02:30'), PARIS_TIME_ZONE))).toBe('03:30');
    // 25 October 2026: 03:00 → 02:00. 02:30 happens twice; the first is still summer time (UTC+2).
    expect(fromLocal('2026-10-25', minutesOfTime('02:30'), PARIS_TIME_ZONE).toISOString()).toBe(
      '2026-10-25T00:30:00.000Z',
    );
  });

  it('writes minutes as a time of day and reads it back', () => {
    expect(timeOfMinutes(570)).toBe('09:30');
    expect(timeOfMinutes(0)).toBe('00:00');
    expect(timeOfMinutes(23 * 60 + 59)).toBe('23:59');
    for (const minutes of [0, 61, 570, 1439]) expect(minutesOfTime(timeOfMinutes(minutes))).toBe(minutes);
  });
});
