// When an SMS may reach a phone (issue 14): never between 21:00 and 08:00, Paris time, unless it cannot
// wait — news about a session that starts before the quiet hours end (it is cancelled, moved, a seat was
// freed for you) goes out at once. A reminder is never sent once its session has begun.

import { PARIS_TIME_ZONE } from '../time/paris.ts';

export const QUIET_FROM_HOUR = 21;
export const QUIET_UNTIL_HOUR = 8;

const partsFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: PARIS_TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** The wall-clock time in Paris of an instant. */
function parisClock(at: Date): { year: number; month: number; day: number; hour: number } {
  const parts = Object.fromEntries(partsFormat.formatToParts(at).map((p) => [p.type, p.value]));
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
  };
}

/** Paris's offset from UTC at an instant, in milliseconds (+1 h in winter, +2 h in summer). */
function parisOffset(at: Date): number {
  const parts = Object.fromEntries(partsFormat.formatToParts(at).map((p) => [p.type, Number(p.value)]));
  const wall = Date.UTC(
    parts.year as number,
    (parts.month as number) - 1,
    parts.day as number,
    parts.hour as number,
    parts.minute as number,
    parts.second as number,
  );
  return wall - Math.floor(at.getTime() / 1000) * 1000;
}

/** The instant of a Paris wall-clock hour on a given Paris day (day may overflow: the next month). */
function parisInstant(year: number, month: number, day: number, hour: number): Date {
  const guess = new Date(Date.UTC(year, month - 1, day, hour));
  return new Date(guess.getTime() - parisOffset(new Date(guess.getTime() - parisOffset(guess))));
}

/** Whether `at` falls in the quiet hours (21:00 to 08:00 in Paris). */
export function isQuietHour(at: Date): boolean {
  const { hour } = parisClock(at);
  return hour >= QUIET_FROM_HOUR || hour < QUIET_UNTIL_HOUR;
}

/** The end of the quiet hours that `at` falls in (the next 08:00 in Paris), or `at` itself outside them. */
export function endOfQuietHours(at: Date): Date {
  if (!isQuietHour(at)) return at;
  const { year, month, day, hour } = parisClock(at);
  return parisInstant(year, month, hour >= QUIET_FROM_HOUR ? day + 1 : day, QUIET_UNTIL_HOUR);
}

/**
 * When to send an SMS about a session or appointment starting at `startsAt`: now outside the quiet hours;
 * in them, at their end — or now when the session starts before then (the news cannot wait). For a
 * reminder, null when that time is not before the start: a reminder never arrives once it has begun.
 */
export function smsSendTime(now: Date, startsAt: Date, kind: 'news' | 'reminder'): Date | null {
  const later = endOfQuietHours(now);
  if (kind === 'reminder') {
    if (now.getTime() >= startsAt.getTime()) return null;
    return later.getTime() < startsAt.getTime() ? later : null;
  }
  return later.getTime() < startsAt.getTime() ? later : now;
}
