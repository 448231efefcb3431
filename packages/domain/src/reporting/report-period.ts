// Periods of a place's report: calendar quarters and years (the reports table checks the same alignment).
// Dates are ISO days (YYYY-MM-DD); a period's end is exclusive, as in the table's generated `period_end`.

export const REPORT_PERIODS = ['quarter', 'year'] as const;
export type ReportPeriod = (typeof REPORT_PERIODS)[number];

export interface PeriodRef {
  period: ReportPeriod;
  /** First day of the period. */
  start: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (year: number, month: number) => `${year}-${pad(month)}-01`;

function parts(day: string): { year: number; month: number } {
  return { year: Number(day.slice(0, 4)), month: Number(day.slice(5, 7)) };
}

/** Whether `start` is the first day of a quarter (January, April, July, October) or of a year. */
export function isPeriodStart(period: ReportPeriod, start: string): boolean {
  if (!/^\d{4}-\d{2}-01$/.test(start)) return false;
  const { month } = parts(start);
  return period === 'year' ? month === 1 : [1, 4, 7, 10].includes(month);
}

/** The first day of the quarter or year holding `day`. */
export function periodStartOf(period: ReportPeriod, day: string): string {
  const { year, month } = parts(day);
  return period === 'year' ? iso(year, 1) : iso(year, month - ((month - 1) % 3));
}

/** The day after the period (exclusive end). */
export function periodEnd(period: ReportPeriod, start: string): string {
  const { year, month } = parts(start);
  if (period === 'year') return iso(year + 1, 1);
  return month + 3 > 12 ? iso(year + 1, month + 3 - 12) : iso(year, month + 3);
}

/** The last day of the period (for display: "du 1er octobre au 31 décembre"). */
export function periodLastDay(period: ReportPeriod, start: string): string {
  const end = new Date(`${periodEnd(period, start)}T00:00:00Z`);
  end.setUTCDate(end.getUTCDate() - 1);
  return end.toISOString().slice(0, 10);
}

/** The period just before this one (the previous quarter, or the previous year). */
export function previousPeriod(ref: PeriodRef): PeriodRef {
  const { year, month } = parts(ref.start);
  if (ref.period === 'year') return { period: 'year', start: iso(year - 1, 1) };
  return { period: 'quarter', start: month === 1 ? iso(year - 1, 10) : iso(year, month - 3) };
}

/** Whether the period has begun on `today` (a report can be opened only then). */
export function hasStarted(ref: PeriodRef, today: string): boolean {
  return ref.start <= today;
}

/**
 * The periods a manager may open a report for on `today`: the current quarter (so the figures can be
 * followed as they come), the previous quarter and the previous year (the ones usually due).
 */
export function openablePeriods(today: string): PeriodRef[] {
  const current: PeriodRef = { period: 'quarter', start: periodStartOf('quarter', today) };
  return [
    current,
    previousPeriod(current),
    previousPeriod({ period: 'year', start: periodStartOf('year', today) }),
  ];
}

/**
 * The catalogue key and parameters naming a period: "1er trimestre 2026", "Année 2025"
 * (`reports.period.quarter_1` … `reports.period.quarter_4`, `reports.period.year`).
 */
export function periodLabel(ref: PeriodRef): { key: string; params: { year: string } } {
  const { year, month } = parts(ref.start);
  const key = ref.period === 'year' ? 'reports.period.year' : `reports.period.quarter_${(month - 1) / 3 + 1}`;
  return { key, params: { year: String(year) } };
}
