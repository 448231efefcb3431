import { describe, expect, it } from 'vitest';
import { rateLimits } from '../rate-limits/limits.ts';
import {
  cancelsBeforeErasure,
  DEFAULT_RETENTION,
  erasureDueAt,
  isDueForErasure,
  oldestRetainedEnd,
  retentionSettingsSchema,
  retentionTable,
} from './retention.ts';

const ended = '2026-01-10T11:00:00.000Z';
const days = (n: number) => new Date(new Date(ended).getTime() + n * 86_400_000);

describe('retention rules', () => {
  it('keeps people who came (or were expected) 90 days after the session by default', () => {
    for (const status of ['confirmed', 'booked'] as const) {
      expect(isDueForErasure({ status, endsAt: ended }, DEFAULT_RETENTION, days(89))).toBe(false);
      expect(isDueForErasure({ status, endsAt: ended }, DEFAULT_RETENTION, days(90))).toBe(true);
    }
  });

  it('keeps cancelled and waitlisted bookings 30 days after the session by default', () => {
    for (const status of ['cancelled', 'waitlisted'] as const) {
      expect(isDueForErasure({ status, endsAt: ended }, DEFAULT_RETENTION, days(29))).toBe(false);
      expect(isDueForErasure({ status, endsAt: ended }, DEFAULT_RETENTION, days(30))).toBe(true);
    }
  });

  it('never erases a row twice', () => {
    const row = { status: 'confirmed' as const, endsAt: ended, erasedAt: days(1).toISOString() };
    expect(isDueForErasure(row, DEFAULT_RETENTION, days(400))).toBe(false);
  });

  it('follows the network settings', () => {
    const settings = { ...DEFAULT_RETENTION, attendedDays: 365, cancelledDays: 7 };
    expect(erasureDueAt({ status: 'confirmed', endsAt: ended }, settings)).toEqual(days(365));
    expect(erasureDueAt({ status: 'cancelled', endsAt: ended }, settings)).toEqual(days(7));
    expect(oldestRetainedEnd(settings, days(7)).toISOString()).toBe(ended);
  });

  it('bounds the settings as the database does', () => {
    expect(retentionSettingsSchema.safeParse(DEFAULT_RETENTION).success).toBe(true);
    expect(retentionSettingsSchema.safeParse({ ...DEFAULT_RETENTION, attendedDays: 29 }).success).toBe(false);
    expect(retentionSettingsSchema.safeParse({ ...DEFAULT_RETENTION, cancelledDays: 1096 }).success).toBe(
      false,
    );
    expect(retentionSettingsSchema.safeParse({ ...DEFAULT_RETENTION, linkHours: 0.5 }).success).toBe(false);
  });

  it('reads the console form (text fields) with the same bounds and one message', () => {
    const form = {
      attendedDays: '120',
      cancelledDays: '30',
      devMailboxDays: '7',
      invitationDays: '30',
      linkHours: '24',
    };
    expect(retentionSettingsSchema.parse(form)).toEqual({ ...DEFAULT_RETENTION, attendedDays: 120 });
    for (const attendedDays of ['', 'abc', '12', '1096', '90.5']) {
      const result = retentionSettingsSchema.safeParse({ ...form, attendedDays });
      expect(result.success).toBe(false);
      expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
        ['attendedDays', 'validation.retention.out_of_range'],
      ]);
    }
  });

  it('lists the retention table from the settings', () => {
    expect(retentionTable(DEFAULT_RETENTION)[0]).toEqual({
      item: 'bookings_attended',
      amount: 90,
      unit: 'days',
    });
    expect(retentionTable(DEFAULT_RETENTION).map((row) => row.item)).toHaveLength(6);
  });

  it('shows a delay for the rate-limit counters that every limit keeps within', () => {
    const row = retentionTable(DEFAULT_RETENTION).find((r) => r.item === 'rate_limits');
    expect(row).toEqual({ item: 'rate_limits', amount: 3, unit: 'days' });
    // A counter counts for two of its windows, then waits up to an hour for the worker's hourly purge.
    for (const limit of Object.values(rateLimits)) {
      expect(2 * limit.windowSeconds + 3600, limit.bucket).toBeLessThanOrEqual((row?.amount ?? 0) * 86_400);
    }
  });
});

describe('erasure by the person', () => {
  const now = new Date('2026-03-01T10:00:00Z');
  it('gives back a seat still held in a session to come, and nothing else', () => {
    expect(cancelsBeforeErasure({ status: 'confirmed', startsAt: '2026-03-02T10:00:00Z' }, now)).toBe(true);
    expect(cancelsBeforeErasure({ status: 'waitlisted', startsAt: '2026-03-02T10:00:00Z' }, now)).toBe(true);
    expect(cancelsBeforeErasure({ status: 'cancelled', startsAt: '2026-03-02T10:00:00Z' }, now)).toBe(false);
    expect(
      cancelsBeforeErasure(
        { status: 'confirmed', startsAt: '2026-03-02T10:00:00Z', sessionCancelled: true },
        now,
      ),
    ).toBe(false);
    expect(cancelsBeforeErasure({ status: 'confirmed', startsAt: '2026-02-28T10:00:00Z' }, now)).toBe(false);
  });
});
