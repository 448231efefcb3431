import { describe, expect, it } from 'vitest';
import { timeOfMinutes, toLocal } from '../time/local-time.ts';
import { PARIS_TIME_ZONE } from '../time/paris.ts';
import {
  MAX_SESSIONS,
  nthWeekdayOf,
  type Recurrence,
  recurrenceDates,
  recurrenceOccurrences,
  toRRule,
} from './recurrence.ts';

const weekly = (overrides: Partial<Recurrence> = {}): Recurrence => ({
  firstDate: '2026-10-13',
  startTime: '14:00',
  endTime: '16:00',
  frequency: 'weekly',
  interval: 1,
  weekdays: [2],
  end: { kind: 'count', count: 4 },
  ...overrides,
});

const parisTime = (iso: string) => timeOfMinutes(toLocal(new Date(iso), PARIS_TIME_ZONE).minutes);

describe('recurrence', () => {
  it('keeps a weekly 14:00 session at 14:00 Paris time across the October change', () => {
    const sessions = recurrenceOccurrences(weekly());
    expect(sessions.map((s) => s.date)).toEqual(['2026-10-13', '2026-10-20', '2026-10-27', '2026-11-03']);
    expect(sessions.map((s) => s.startsAt)).toEqual([
      '2026-10-13T12:00:00.000Z',
      '2026-10-20T12:00:00.000Z',
      '2026-10-27T13:00:00.000Z',
      '2026-11-03T13:00:00.000Z',
    ]);
    expect(sessions.map((s) => parisTime(s.startsAt))).toEqual(['14:00', '14:00', '14:00', '14:00']);
    expect(sessions.map((s) => parisTime(s.endsAt))).toEqual(['16:00', '16:00', '16:00', '16:00']);
  });

  it('keeps the hour across the March change too', () => {
    const sessions = recurrenceOccurrences(
      weekly({ firstDate: '2026-03-22', weekdays: [7], end: { kind: 'count', count: 3 } }),
    );
    expect(sessions.map((s) => s.date)).toEqual(['2026-03-22', '2026-03-29', '2026-04-05']);
    expect(sessions.map((s) => s.startsAt)).toEqual([
      '2026-03-22T13:00:00.000Z',
      '2026-03-29T12:00:00.000Z',
      '2026-04-05T12:00:00.000Z',
    ]);
  });

  it('plans one session when the frequency is once, whatever the end says', () => {
    expect(recurrenceDates(weekly({ frequency: 'once', end: { kind: 'count', count: 10 } }))).toEqual([
      '2026-10-13',
    ]);
  });

  it('repeats on several weekdays, starting at the first matching day', () => {
    // 2026-10-14 is a Wednesday: the Tuesday of that week is before the first date.
    const dates = recurrenceDates(
      weekly({ firstDate: '2026-10-14', weekdays: [2, 4], end: { kind: 'count', count: 4 } }),
    );
    expect(dates).toEqual(['2026-10-15', '2026-10-20', '2026-10-22', '2026-10-27']);
  });

  it('defaults to the first date’s weekday when no weekday is ticked', () => {
    expect(recurrenceDates(weekly({ weekdays: [], end: { kind: 'count', count: 2 } }))).toEqual([
      '2026-10-13',
      '2026-10-20',
    ]);
  });

  it('skips weeks with an interval', () => {
    const dates = recurrenceDates(weekly({ interval: 2, end: { kind: 'until', until: '2026-11-30' } }));
    expect(dates).toEqual(['2026-10-13', '2026-10-27', '2026-11-10', '2026-11-24']);
  });

  it('stops on the until date, included', () => {
    expect(recurrenceDates(weekly({ end: { kind: 'until', until: '2026-10-27' } }))).toEqual([
      '2026-10-13',
      '2026-10-20',
      '2026-10-27',
    ]);
  });

  it('repeats monthly on the nth weekday of the first date', () => {
    // 2026-10-13 is the 2nd Tuesday of October.
    expect(nthWeekdayOf('2026-10-13')).toEqual({ nth: 2, weekday: 2 });
    const dates = recurrenceDates(weekly({ frequency: 'monthly', end: { kind: 'count', count: 4 } }));
    expect(dates).toEqual(['2026-10-13', '2026-11-10', '2026-12-08', '2027-01-12']);
  });

  it('reads a fifth weekday as the last one of each month', () => {
    // 2026-10-30 is the 5th (and last) Friday of October.
    const dates = recurrenceDates(
      weekly({
        firstDate: '2026-10-30',
        frequency: 'monthly',
        interval: 1,
        end: { kind: 'count', count: 3 },
      }),
    );
    expect(dates).toEqual(['2026-10-30', '2026-11-27', '2026-12-25']);
  });

  it('repeats every N months', () => {
    const dates = recurrenceDates(
      weekly({ frequency: 'monthly', interval: 3, end: { kind: 'until', until: '2027-06-30' } }),
    );
    expect(dates).toEqual(['2026-10-13', '2027-01-12', '2027-04-13']);
  });

  it('never computes more than the maximum plus one, so a plan too long can be refused', () => {
    const dates = recurrenceDates(
      weekly({ weekdays: [1, 2, 3, 4, 5], end: { kind: 'until', until: '2028-12-31' } }),
    );
    expect(dates).toHaveLength(MAX_SESSIONS + 1);
    expect(
      recurrenceOccurrences(
        weekly({ weekdays: [1, 2, 3, 4, 5], end: { kind: 'until', until: '2028-12-31' } }),
      ),
    ).toHaveLength(MAX_SESSIONS);
  });

  it('writes the plan as an RFC 5545 rule', () => {
    expect(toRRule(weekly({ weekdays: [4, 2] }))).toBe(
      'DTSTART;TZID=Europe/Paris:20261013T140000\nRRULE:FREQ=WEEKLY;BYDAY=TU,TH;COUNT=4',
    );
    expect(toRRule(weekly({ frequency: 'monthly', interval: 2, end: { kind: 'count', count: 3 } }))).toBe(
      'DTSTART;TZID=Europe/Paris:20261013T140000\nRRULE:FREQ=MONTHLY;INTERVAL=2;BYDAY=2TU;COUNT=3',
    );
    expect(toRRule(weekly({ end: { kind: 'until', until: '2026-10-27' } }))).toBe(
      'DTSTART;TZID=Europe/Paris:20261013T140000\nRRULE:FREQ=WEEKLY;BYDAY=TU;UNTIL=20261027T130000Z',
    );
  });
});
