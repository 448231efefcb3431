import { describe, expect, it } from 'vitest';
import { dayState, monthGrid, monthOf, monthRange, monthSchema, shiftMonth } from './tool-calendar.ts';

describe('a tool’s month grid', () => {
  it('lays out a month in weeks from Monday, with empty cells around it', () => {
    // December 2026 starts on a Tuesday and ends on a Thursday.
    const grid = monthGrid('2026-12', []);
    expect(grid).toHaveLength(5);
    expect(grid[0]?.[0]).toBeNull();
    expect(grid[0]?.[1]).toEqual({ date: '2026-12-01', state: 'free' });
    expect(grid[4]?.[3]).toEqual({ date: '2026-12-31', state: 'free' });
    expect(grid[4]?.slice(4)).toEqual([null, null, null]);
    expect(grid.every((week) => week.length === 7)).toBe(true);
  });

  it('marks reserved and lent days in Paris time, a loan winning over a reservation', () => {
    const busy = [
      // 9:00–11:00 Paris on 3 December.
      {
        startsAt: '2026-12-03T08:00:00.000Z',
        endsAt: '2026-12-03T10:00:00.000Z',
        kind: 'reservation' as const,
      },
      // A loan of 10–12 December (whole Paris days: 9 Dec 23:00 UTC to 12 Dec 23:00 UTC).
      { startsAt: '2026-12-09T23:00:00.000Z', endsAt: '2026-12-12T23:00:00.000Z', kind: 'loan' as const },
      {
        startsAt: '2026-12-11T08:00:00.000Z',
        endsAt: '2026-12-11T10:00:00.000Z',
        kind: 'reservation' as const,
      },
    ];
    expect(dayState('2026-12-03', busy)).toBe('reserved');
    expect(dayState('2026-12-09', busy)).toBe('free');
    expect(dayState('2026-12-10', busy)).toBe('lent');
    expect(dayState('2026-12-11', busy)).toBe('lent');
    expect(dayState('2026-12-12', busy)).toBe('lent');
    expect(dayState('2026-12-13', busy)).toBe('free');
    const states = monthGrid('2026-12', busy)
      .flat()
      .filter((d) => d !== null && d.state !== 'free')
      .map((d) => d?.date);
    expect(states).toEqual(['2026-12-03', '2026-12-10', '2026-12-11', '2026-12-12']);
  });

  it('moves between months and reads the month parameter strictly', () => {
    expect(shiftMonth('2026-12', 1)).toBe('2027-01');
    expect(shiftMonth('2026-01', -1)).toBe('2025-12');
    expect(monthOf(new Date('2026-11-30T23:30:00Z'))).toBe('2026-12');
    expect(monthRange('2026-12')).toEqual({
      from: '2026-11-30T23:00:00.000Z',
      to: '2026-12-31T23:00:00.000Z',
    });
    expect(monthSchema.safeParse('2026-12').success).toBe(true);
    for (const wrong of ['2026-13', '26-12', '2026-1', '<script>'])
      expect(monthSchema.safeParse(wrong).success).toBe(false);
  });
});
