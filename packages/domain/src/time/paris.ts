/**
 * The network's clock is Paris's: sessions are planned, places open, tools are lent, reports cover periods
 * and `date_maj` is written in Paris time, whatever the server's own time zone. Wall-clock conversions for any
 * zone are in `local-time.ts`; this module holds the zone and the day, which most rules need.
 */

import { addDays, fromLocal } from './local-time.ts';

export const PARIS_TIME_ZONE = 'Europe/Paris';

// en-CA writes dates as YYYY-MM-DD. Built once: a formatter costs far more to build than to use (057).
const PARIS_DAY = new Intl.DateTimeFormat('en-CA', {
  timeZone: PARIS_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar day (YYYY-MM-DD) an instant falls on in Paris; today's when no instant is given. */
export function parisDay(instant: Date | string = new Date()): string {
  return PARIS_DAY.format(typeof instant === 'string' ? new Date(instant) : instant);
}

/**
 * Whole Paris days `from`..`to` (both included; one day when `to` is left out) as instants: from the first
 * day's midnight to the midnight after the last, whatever the offset of each (23 or 25 hours on the days the
 * clocks change).
 */
export function parisDays(from: string, to: string = from): { from: string; to: string } {
  return {
    from: fromLocal(from, 0, PARIS_TIME_ZONE).toISOString(),
    to: fromLocal(addDays(to, 1), 0, PARIS_TIME_ZONE).toISOString(),
  };
}
