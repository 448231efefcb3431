// A tool's availability as a month grid (Paris days, weeks from Monday): each day is free, reserved (a
// time slot is taken) or lent (a loan approved or out covers it). Pure: the page asks the database for the
// month's busy periods (no names) and renders this grid as a table.
import { z } from 'zod';
import { addDays, fromLocal, isoWeekday, toLocal } from '../time/local-time.ts';
import { PARIS_TIME_ZONE, parisDays } from '../time/paris.ts';
import { shiftMonth } from './month.ts';

export type DayState = 'free' | 'reserved' | 'lent';
export interface CalendarDay {
  /** YYYY-MM-DD */
  date: string;
  state: DayState;
}
/** Weeks of seven cells, Monday first; null for the days of the months before and after. */
export type MonthGrid = (CalendarDay | null)[][];

export interface BusySpan {
  startsAt: string;
  endsAt: string;
  kind: 'reservation' | 'loan';
}

/** `YYYY-MM`, years 2000–2099, as the page's `mois` parameter. */
export const monthSchema = z.string().regex(/^20\d{2}-(0[1-9]|1[0-2])$/, 'validation.invalid');

/** The month of an instant in Paris. */
export function monthOf(instant: Date): string {
  return toLocal(instant, PARIS_TIME_ZONE).date.slice(0, 7);
}

export { shiftMonth };

/** The month's first and last days (YYYY-MM-DD). */
function monthDays(month: string): { first: string; last: string } {
  const first = `${month}-01`;
  return { first, last: addDays(`${shiftMonth(month, 1)}-01`, -1) };
}

/** The instants the month covers in Paris: [first day 00:00, first day of the next month 00:00). */
export function monthRange(month: string): { from: string; to: string } {
  return {
    from: fromLocal(`${month}-01`, 0, PARIS_TIME_ZONE).toISOString(),
    to: fromLocal(`${shiftMonth(month, 1)}-01`, 0, PARIS_TIME_ZONE).toISOString(),
  };
}

/** The state of one Paris day: a loan wins over a reservation (the tool is away all day). */
export function dayState(date: string, busy: readonly BusySpan[]): DayState {
  const day = parisDays(date);
  const start = Date.parse(day.from);
  const end = Date.parse(day.to);
  const overlapping = busy.filter((b) => Date.parse(b.startsAt) < end && Date.parse(b.endsAt) > start);
  if (overlapping.some((b) => b.kind === 'loan')) return 'lent';
  return overlapping.length > 0 ? 'reserved' : 'free';
}

export function monthGrid(month: string, busy: readonly BusySpan[]): MonthGrid {
  const { first, last } = monthDays(month);
  const weeks: MonthGrid = [];
  let week: (CalendarDay | null)[] = Array.from({ length: isoWeekday(first) - 1 }, () => null);
  for (let date = first; date <= last; date = addDays(date, 1)) {
    week.push({ date, state: dayState(date, busy) });
    if (week.length === 7) {
      weeks.push(week);
      week = [];
    }
  }
  if (week.length > 0) weeks.push([...week, ...Array.from({ length: 7 - week.length }, () => null)]);
  return weeks;
}

/** A tool's page: the tool and the month its calendar shows (the current one by default). */
export const toolPageInput = z.object({ id: z.uuid('validation.invalid'), month: monthSchema.optional() });
