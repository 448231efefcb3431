import { describe, expect, it } from 'vitest';
import {
  isPeriodStart,
  openablePeriods,
  periodEnd,
  periodLabel,
  periodLastDay,
  periodStartOf,
  previousPeriod,
} from './report-period.ts';

describe('report periods', () => {
  it('finds the quarter and the year holding a day', () => {
    expect(periodStartOf('quarter', '2026-11-23')).toBe('2026-10-01');
    expect(periodStartOf('quarter', '2026-03-31')).toBe('2026-01-01');
    expect(periodStartOf('quarter', '2026-04-01')).toBe('2026-04-01');
    expect(periodStartOf('year', '2026-11-23')).toBe('2026-01-01');
  });

  it('ends a period the day after its last day, across the new year', () => {
    expect(periodEnd('quarter', '2026-10-01')).toBe('2027-01-01');
    expect(periodEnd('quarter', '2026-07-01')).toBe('2026-10-01');
    expect(periodEnd('year', '2025-01-01')).toBe('2026-01-01');
    expect(periodLastDay('quarter', '2026-10-01')).toBe('2026-12-31');
    expect(periodLastDay('quarter', '2024-01-01')).toBe('2024-03-31');
  });

  it('accepts only the first day of a quarter or a year, as the table does', () => {
    expect(isPeriodStart('quarter', '2026-07-01')).toBe(true);
    expect(isPeriodStart('quarter', '2026-08-01')).toBe(false);
    expect(isPeriodStart('quarter', '2026-07-02')).toBe(false);
    expect(isPeriodStart('year', '2026-01-01')).toBe(true);
    expect(isPeriodStart('year', '2026-04-01')).toBe(false);
  });

  it('steps back one quarter or one year', () => {
    expect(previousPeriod({ period: 'quarter', start: '2026-01-01' })).toEqual({
      period: 'quarter',
      start: '2025-10-01',
    });
    expect(previousPeriod({ period: 'quarter', start: '2026-10-01' }).start).toBe('2026-07-01');
    expect(previousPeriod({ period: 'year', start: '2026-01-01' }).start).toBe('2025-01-01');
  });

  it('offers the current and previous quarters and the previous year', () => {
    expect(openablePeriods('2026-02-10')).toEqual([
      { period: 'quarter', start: '2026-01-01' },
      { period: 'quarter', start: '2025-10-01' },
      { period: 'year', start: '2025-01-01' },
    ]);
  });

  it('names a period with a catalogue key: 1er trimestre, 4e trimestre, année', () => {
    expect(periodLabel({ period: 'quarter', start: '2026-01-01' })).toEqual({
      key: 'reports.period.quarter_1',
      params: { year: '2026' },
    });
    expect(periodLabel({ period: 'quarter', start: '2026-10-01' }).key).toBe('reports.period.quarter_4');
    expect(periodLabel({ period: 'year', start: '2025-01-01' })).toEqual({
      key: 'reports.period.year',
      params: { year: '2025' },
    });
  });
});
