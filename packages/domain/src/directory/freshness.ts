// Fresh data (issue 17, decision 063): a place's record is stale when its `date_maj` (the standard's date of
// last update) is more than six months old; its managers are reminded at most once every 30 days.
import { z } from 'zod';

export const STALE_AFTER_MONTHS = 6;
export const REMINDER_INTERVAL_DAYS = 30;

const iso = (d: Date) =>
  `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`;

/**
 * The first `date_maj` that is still fresh on `today` (a calendar date, `YYYY-MM-DD`): six months before,
 * the last day of the month when that month is shorter (31 August → 28 or 29 February).
 */
export function freshSince(today: string): string {
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  const month = m - 1 - STALE_AFTER_MONTHS;
  const lastDay = new Date(Date.UTC(y, month + 1, 0)).getUTCDate();
  return iso(new Date(Date.UTC(y, month, Math.min(d, lastDay))));
}

/** Stale: last updated before `freshSince(today)`. */
export function isStale(dateMaj: string, today: string): boolean {
  return dateMaj < freshSince(today);
}

/** A reminder may go out again once 30 days have passed since the last one. */
export function mayRemindAgain(lastRemindedAt: Date | null, now: Date): boolean {
  return (
    lastRemindedAt === null || now.getTime() - lastRemindedAt.getTime() >= REMINDER_INTERVAL_DAYS * 86_400_000
  );
}

/** "Toujours à jour": the one-click confirmation of a place's record. */
export const confirmPlaceFreshInput = z.object({ placeId: z.uuid('validation.invalid') });
export type ConfirmPlaceFreshInput = z.infer<typeof confirmPlaceFreshInput>;
