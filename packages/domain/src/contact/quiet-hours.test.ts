import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { endOfQuietHours, isQuietHour, smsSendTime } from './quiet-hours.ts';

const paris = (iso: string) => new Date(iso);

describe('quiet hours (21:00 to 08:00 in Paris)', () => {
  it('lets SMS out during the day and holds them at night, in winter and in summer time', () => {
    expect(isQuietHour(paris('2026-12-08T13:00:00+01:00'))).toBe(false);
    expect(isQuietHour(paris('2026-12-08T20:59:00+01:00'))).toBe(false);
    expect(isQuietHour(paris('2026-12-08T21:00:00+01:00'))).toBe(true);
    expect(isQuietHour(paris('2026-07-08T07:59:00+02:00'))).toBe(true);
    expect(isQuietHour(paris('2026-07-08T08:00:00+02:00'))).toBe(false);
    expect(endOfQuietHours(paris('2026-12-08T22:30:00+01:00')).toISOString()).toBe(
      paris('2026-12-09T08:00:00+01:00').toISOString(),
    );
    expect(endOfQuietHours(paris('2026-07-31T23:10:00+02:00')).toISOString()).toBe(
      paris('2026-08-01T08:00:00+02:00').toISOString(),
    );
    expect(endOfQuietHours(paris('2026-12-09T03:00:00+01:00')).toISOString()).toBe(
      paris('2026-12-09T08:00:00+01:00').toISOString(),
    );
    // The night the clocks go back (25 October 2026): 08:00 is still 08:00 in Paris, 12 hours after 21:00.
    expect(endOfQuietHours(paris('2026-10-24T23:00:00+02:00')).toISOString()).toBe(
      paris('2026-10-25T08:00:00+01:00').toISOString(),
    );
    expect(endOfQuietHours(paris('2026-10-24T21:00:00+02:00')).toISOString()).toBe(
      paris('2026-10-25T08:00:00+01:00').toISOString(),
    );
  });

  it('sends news at once when the session starts before morning, and never a reminder after the start', () => {
    const night = paris('2026-12-08T22:00:00+01:00');
    expect(smsSendTime(night, paris('2026-12-09T14:00:00+01:00'), 'news')?.toISOString()).toBe(
      paris('2026-12-09T08:00:00+01:00').toISOString(),
    );
    expect(smsSendTime(night, paris('2026-12-09T07:30:00+01:00'), 'news')).toEqual(night);
    expect(smsSendTime(night, paris('2026-12-09T07:30:00+01:00'), 'reminder')).toBeNull();
    expect(
      smsSendTime(paris('2026-12-09T15:00:00+01:00'), paris('2026-12-09T14:00:00+01:00'), 'reminder'),
    ).toBeNull();
  });

  it('property: the time chosen is never in the quiet hours unless the news cannot wait, and never after a reminder’s start', () => {
    const instant = fc.date({
      min: new Date('2026-01-01T00:00:00Z'),
      max: new Date('2028-01-01T00:00:00Z'),
      noInvalidDate: true,
    });
    fc.assert(
      fc.property(instant, fc.integer({ min: -3_600_000, max: 5 * 86_400_000 }), (now, ahead) => {
        const startsAt = new Date(now.getTime() + ahead);
        const reminder = smsSendTime(now, startsAt, 'reminder');
        if (reminder) {
          expect(isQuietHour(reminder)).toBe(false);
          expect(reminder.getTime()).toBeLessThan(startsAt.getTime());
          expect(reminder.getTime()).toBeGreaterThanOrEqual(now.getTime());
        }
        const news = smsSendTime(now, startsAt, 'news') as Date;
        expect(news.getTime()).toBeGreaterThanOrEqual(now.getTime());
        if (isQuietHour(news)) expect(news).toEqual(now);
        // Held at most the longest quiet night: 21:00 to 08:00 is 12 hours the night the clocks go back.
        expect(news.getTime() - now.getTime()).toBeLessThanOrEqual(12 * 3_600_000);
      }),
      // 21:00 in Paris the evening before the clocks go back (31 October 2027), a session 12 hours later.
      { numRuns: 500, examples: [[new Date('2027-10-30T19:00:00.000Z'), 43_200_001]] },
    );
  });
});
