import { describe, expect, it } from 'vitest';
import { isOpenAt, isValidOpeningHours, openAt, weekHours } from './opening-hours.ts';

// Tuesday 24 November 2026, 10:30 in Paris (UTC+1).
const tuesdayMorning = new Date('2026-11-24T09:30:00Z');
const tuesdayLunch = new Date('2026-11-24T12:30:00Z');
const sunday = new Date('2026-11-29T10:00:00Z');

describe('opening hours', () => {
  const hours = 'Mo-Fr 09:00-12:00,14:00-18:00; Sa 10:00-13:00';

  it('tells whether a place is open at an instant, in Paris time', () => {
    expect(isOpenAt(hours, tuesdayMorning)).toBe(true);
    expect(isOpenAt(hours, tuesdayLunch)).toBe(false);
    expect(isOpenAt(hours, sunday)).toBe(false);
    // 08:30 UTC is 09:30 in Paris in winter: open, whatever the server's time zone.
    expect(isOpenAt(hours, new Date('2026-11-24T08:30:00Z'))).toBe(true);
    expect(isOpenAt(hours, new Date('2026-11-24T07:30:00Z'))).toBe(false);
  });

  it('answers for many places at once as one place at a time, whatever was read before', () => {
    const values = [hours, '24/7', 'Mo-Fr 09:00-17:00; PH off', 'not hours', '', null, ` ${hours} `];
    for (const instant of [tuesdayMorning, tuesdayLunch, sunday]) {
      const openNow = openAt(instant);
      // Twice: the second read comes from what the first compiled, and must not differ.
      for (let round = 0; round < 2; round++)
        expect(values.map(openNow)).toEqual([
          isOpenAt(hours, instant),
          true,
          instant !== sunday,
          null,
          null,
          null,
          isOpenAt(hours, instant),
        ]);
    }
  });

  it('knows French public holidays', () => {
    // 11 November 2026 is a Wednesday and a public holiday.
    expect(isOpenAt('Mo-Fr 09:00-17:00; PH off', new Date('2026-11-11T10:00:00Z'))).toBe(false);
    expect(isOpenAt('Mo-Fr 09:00-17:00; PH off', new Date('2026-11-12T10:00:00Z'))).toBe(true);
  });

  it('lists the week day by day, Monday first, split at midnight', () => {
    const week = weekHours(hours, tuesdayMorning);
    expect(week?.map((d) => d.isoDay)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(week?.[0]?.intervals).toEqual([
      { from: '09:00', to: '12:00' },
      { from: '14:00', to: '18:00' },
    ]);
    expect(week?.[5]?.intervals).toEqual([{ from: '10:00', to: '13:00' }]);
    expect(week?.[6]?.intervals).toEqual([]);
    expect(weekHours('24/7', tuesdayMorning)?.[3]?.intervals).toEqual([{ from: '00:00', to: '24:00' }]);
    expect(weekHours('Tu 18:00-24:00', tuesdayMorning)?.[1]?.intervals).toEqual([
      { from: '18:00', to: '24:00' },
    ]);
  });

  it('reads missing or broken hours as unknown', () => {
    expect(isOpenAt(null, tuesdayMorning)).toBeNull();
    expect(isOpenAt('n’importe quoi', tuesdayMorning)).toBeNull();
    expect(weekHours('', tuesdayMorning)).toBeNull();
    expect(isValidOpeningHours('Mo-Fr 09:00-17:00')).toBe(true);
    expect(isValidOpeningHours('lundi matin')).toBe(false);
  });
});
