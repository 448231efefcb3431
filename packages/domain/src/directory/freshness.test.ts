import { describe, expect, it } from 'vitest';
import { freshSince, isStale, mayRemindAgain } from './freshness.ts';

describe('freshness (decision 063)', () => {
  it('is six months, on the calendar', () => {
    expect(freshSince('2026-12-06')).toBe('2026-06-06');
    expect(freshSince('2026-08-31')).toBe('2026-02-28');
    expect(freshSince('2026-03-15')).toBe('2025-09-15');
    expect(isStale('2026-06-05', '2026-12-06')).toBe(true);
    expect(isStale('2026-06-06', '2026-12-06')).toBe(false);
  });

  it('reminds again only after 30 days', () => {
    const now = new Date('2026-12-06T09:00:00Z');
    expect(mayRemindAgain(null, now)).toBe(true);
    expect(mayRemindAgain(new Date('2026-11-07T09:00:00Z'), now)).toBe(false);
    expect(mayRemindAgain(new Date('2026-11-06T09:00:00Z'), now)).toBe(true);
  });
});
