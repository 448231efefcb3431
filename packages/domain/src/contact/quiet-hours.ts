// When an SMS may reach a phone (issue 14): never between 21:00 and 08:00, Paris time, unless it cannot
// wait — news about a session that starts before the quiet hours end (it is cancelled, moved, a seat was
// freed for you) goes out at once. A reminder is never sent once its session has begun.

import { addDays, fromLocal, toLocal } from '../time/local-time.ts';
import { PARIS_TIME_ZONE } from '../time/paris.ts';

export const QUIET_FROM_HOUR = 21;
export const QUIET_UNTIL_HOUR = 8;

/** Whether `at` falls in the quiet hours (21:00 to 08:00 in Paris). */
export function isQuietHour(at: Date): boolean {
  const hour = Math.floor(toLocal(at, PARIS_TIME_ZONE).minutes / 60);
  return hour >= QUIET_FROM_HOUR || hour < QUIET_UNTIL_HOUR;
}

/** The end of the quiet hours that `at` falls in (the next 08:00 in Paris), or `at` itself outside them. */
export function endOfQuietHours(at: Date): Date {
  if (!isQuietHour(at)) return at;
  const { date, minutes } = toLocal(at, PARIS_TIME_ZONE);
  const morning = minutes >= QUIET_FROM_HOUR * 60 ? addDays(date, 1) : date;
  return fromLocal(morning, QUIET_UNTIL_HOUR * 60, PARIS_TIME_ZONE);
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
