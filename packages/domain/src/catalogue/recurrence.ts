/**
 * Recurrence of sessions, in the forms organisers need (decision 013): once; weekly on chosen weekdays,
 * every N weeks; monthly on the nth weekday (the 2nd Tuesday, the last Friday), every N months; until a date
 * or for N sessions. Dates are computed on the calendar (local days), then each day's start and end are read
 * in Paris time: the hour never drifts across a change of offset. The RFC 5545 rule is kept as information.
 */
import { fromLocal, minutesOfTime } from '../time/local-time.ts';
import { PARIS_TIME_ZONE } from '../time/paris.ts';

export const RECURRENCE_FREQUENCIES = ['once', 'weekly', 'monthly'] as const;
export type RecurrenceFrequency = (typeof RECURRENCE_FREQUENCIES)[number];

/** ISO weekdays: 1 = Monday … 7 = Sunday. */
export const ISO_WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;
export type IsoWeekday = (typeof ISO_WEEKDAYS)[number];

/** More would be a mistake (a wrong end date) rather than a plan: the form says so. */
export const MAX_SESSIONS = 100;
/** How far ahead an "until" date may go. */
export const MAX_PLAN_DAYS = 2 * 366;

export interface Recurrence {
  /** The first day, YYYY-MM-DD, Paris calendar. */
  firstDate: string;
  /** HH:MM, Paris time. */
  startTime: string;
  /** HH:MM, Paris time, after the start (sessions do not run past midnight). */
  endTime: string;
  frequency: RecurrenceFrequency;
  /** Every `interval` weeks or months (1 = every week / month). */
  interval: number;
  /** For a weekly plan: the weekdays; empty means the first date's weekday. */
  weekdays: readonly IsoWeekday[];
  /** For a weekly or monthly plan: stop after `count` sessions, or on `until` (YYYY-MM-DD, included). */
  end: { kind: 'count'; count: number } | { kind: 'until'; until: string };
}

export interface Occurrence {
  /** YYYY-MM-DD, Paris calendar. */
  date: string;
  startsAt: string;
  endsAt: string;
}

const DAY_MS = 86_400_000;

function parseDate(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  return Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1);
}

function formatDate(day: number): string {
  return new Date(day).toISOString().slice(0, 10);
}

/** ISO weekday of a calendar day (a UTC midnight standing for a local date). */
function isoWeekday(day: number): IsoWeekday {
  const js = new Date(day).getUTCDay();
  return (js === 0 ? 7 : js) as IsoWeekday;
}

/** Which occurrence of its weekday a day is in its month: 1 to 4, or -1 for a fifth (the last). */
export function nthWeekdayOf(date: string): { nth: 1 | 2 | 3 | 4 | -1; weekday: IsoWeekday } {
  const day = parseDate(date);
  const nth = Math.ceil(new Date(day).getUTCDate() / 7);
  return { nth: nth >= 5 ? -1 : (nth as 1 | 2 | 3 | 4), weekday: isoWeekday(day) };
}

function nthWeekdayInMonth(year: number, month: number, nth: number, weekday: IsoWeekday): number | null {
  if (nth === -1) {
    const last = Date.UTC(year, month + 1, 0);
    return last - ((isoWeekday(last) - weekday + 7) % 7) * DAY_MS;
  }
  const first = Date.UTC(year, month, 1);
  const day = first + (((weekday - isoWeekday(first) + 7) % 7) + (nth - 1) * 7) * DAY_MS;
  return new Date(day).getUTCMonth() === month ? day : null;
}

/**
 * The calendar days of the plan, in order, at most `limit` (pass MAX_SESSIONS + 1 to detect a plan that
 * is too long). Candidates are bounded by MAX_PLAN_DAYS, so a plan never loops for long.
 */
export function recurrenceDates(plan: Recurrence, limit = MAX_SESSIONS + 1): string[] {
  const first = parseDate(plan.firstDate);
  if (plan.frequency === 'once') return [plan.firstDate];
  const interval = Math.max(1, Math.trunc(plan.interval));
  const lastAllowed = first + MAX_PLAN_DAYS * DAY_MS;
  const until = plan.end.kind === 'until' ? Math.min(parseDate(plan.end.until), lastAllowed) : lastAllowed;
  const wanted = plan.end.kind === 'count' ? Math.min(plan.end.count, limit) : limit;
  const dates: string[] = [];
  if (plan.frequency === 'weekly') {
    const weekdays = new Set<IsoWeekday>(plan.weekdays.length > 0 ? plan.weekdays : [isoWeekday(first)]);
    const weekStart = first - (isoWeekday(first) - 1) * DAY_MS;
    for (let day = first; day <= until && dates.length < wanted; day += DAY_MS) {
      const week = Math.floor((day - weekStart) / (7 * DAY_MS));
      if (week % interval === 0 && weekdays.has(isoWeekday(day))) dates.push(formatDate(day));
    }
    return dates;
  }
  const { nth, weekday } = nthWeekdayOf(plan.firstDate);
  const start = new Date(first);
  for (let k = 0; dates.length < wanted; k += interval) {
    const monthIndex = start.getUTCMonth() + k;
    const day = nthWeekdayInMonth(
      start.getUTCFullYear() + Math.floor(monthIndex / 12),
      monthIndex % 12,
      nth,
      weekday,
    );
    if (day === null) continue;
    if (day > until) break;
    if (day >= first) dates.push(formatDate(day));
  }
  return dates;
}

/** The plan's sessions as instants: each day at its start and end time in Paris (or `timeZone`). */
export function recurrenceOccurrences(
  plan: Recurrence,
  { limit = MAX_SESSIONS, timeZone = PARIS_TIME_ZONE }: { limit?: number; timeZone?: string } = {},
): Occurrence[] {
  return recurrenceDates(plan, limit).map((date) => ({
    date,
    startsAt: fromLocal(date, minutesOfTime(plan.startTime), timeZone).toISOString(),
    endsAt: fromLocal(date, minutesOfTime(plan.endTime), timeZone).toISOString(),
  }));
}

const RRULE_DAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;

/** The plan as an RFC 5545 rule with its local start (information for calendars and for people). */
export function toRRule(plan: Recurrence, timeZone = PARIS_TIME_ZONE): string {
  const dtstart = `DTSTART;TZID=${timeZone}:${plan.firstDate.replaceAll('-', '')}T${plan.startTime.replace(':', '')}00`;
  if (plan.frequency === 'once') return `${dtstart}\nRRULE:FREQ=DAILY;COUNT=1`;
  const parts = [`FREQ=${plan.frequency === 'weekly' ? 'WEEKLY' : 'MONTHLY'}`];
  if (plan.interval > 1) parts.push(`INTERVAL=${plan.interval}`);
  if (plan.frequency === 'weekly') {
    const days = plan.weekdays.length > 0 ? plan.weekdays : [isoWeekday(parseDate(plan.firstDate))];
    parts.push(
      `BYDAY=${[...days]
        .sort()
        .map((d) => RRULE_DAYS[d - 1])
        .join(',')}`,
    );
  } else {
    const { nth, weekday } = nthWeekdayOf(plan.firstDate);
    parts.push(`BYDAY=${nth}${RRULE_DAYS[weekday - 1]}`);
  }
  if (plan.end.kind === 'count') parts.push(`COUNT=${plan.end.count}`);
  else {
    const last = recurrenceOccurrences(plan, { timeZone }).at(-1);
    const until = last ? last.startsAt : `${plan.end.until}T23:59:59Z`;
    parts.push(`UNTIL=${until.replaceAll('-', '').replaceAll(':', '').replace(/\.\d+/, '')}`);
  }
  return `${dtstart}\nRRULE:${parts.join(';')}`;
}
