// How long residents' personal data is kept (docs/decisions/034-recurring-jobs-and-retention.md). Pure rules:
// which bookings and appointments are due for erasure, the retention table shown on the public
// "Données personnelles" page and in the README. The periods live in `private.retention_settings` (one row
// per network, defaults in migration 20261206080000_retention.sql); the bounds below are the same as the
// table's check constraints.
import { z } from 'zod';
import { RATE_LIMIT_COUNTERS_KEPT_DAYS } from '../rate-limits/limits.ts';

const DAY_MS = 86_400_000;

/** The bounds of each period: the same as the table's check constraints (migration 20261206080000). */
export const RETENTION_BOUNDS = {
  attendedDays: { min: 30, max: 1095, unit: 'days' },
  cancelledDays: { min: 7, max: 1095, unit: 'days' },
  devMailboxDays: { min: 1, max: 90, unit: 'days' },
  invitationDays: { min: 1, max: 365, unit: 'days' },
  linkHours: { min: 1, max: 168, unit: 'hours' },
} as const satisfies Record<string, { min: number; max: number; unit: 'days' | 'hours' }>;

export type RetentionField = keyof typeof RETENTION_BOUNDS;

/** A whole number within a period's bounds, from a form field (text) or an API caller (number). */
const period = (field: RetentionField) =>
  z.coerce
    .number<number | string>({ error: 'validation.retention.out_of_range' })
    .int('validation.retention.out_of_range')
    .min(RETENTION_BOUNDS[field].min, 'validation.retention.out_of_range')
    .max(RETENTION_BOUNDS[field].max, 'validation.retention.out_of_range');

/** The network's retention periods: read from the table, and what a network admin saves from the console. */
export const retentionSettingsSchema = z.object({
  /** Bookings confirmed (attended or not) and appointments booked: days after the session ended. */
  attendedDays: period('attendedDays'),
  /** Bookings cancelled or left on the waitlist, appointments cancelled: days after the session ended. */
  cancelledDays: period('cancelledDays'),
  /** Development mailbox messages: days after they were filed. */
  devMailboxDays: period('devMailboxDays'),
  /** Invitations never accepted: days after they expired. */
  invitationDays: period('invitationDays'),
  /** One-time sign-in links: hours after they were sent. */
  linkHours: period('linkHours'),
});
export type RetentionSettings = z.output<typeof retentionSettingsSchema>;

/** The defaults of the migration: what a network keeps unless it decides otherwise. */
export const DEFAULT_RETENTION: RetentionSettings = {
  attendedDays: 90,
  cancelledDays: 30,
  devMailboxDays: 7,
  invitationDays: 30,
  linkHours: 24,
};

export type RetainedStatus = 'confirmed' | 'booked' | 'waitlisted' | 'cancelled';

export interface RetainedRow {
  status: RetainedStatus;
  /** When the session (or appointment) ended. */
  endsAt: string | Date;
  /** Set once erased: never erased again. */
  erasedAt?: string | Date | null;
}

/** Days a row is kept after its session: the long period for people who came (or were expected). */
export function retentionDays(status: RetainedStatus, settings: RetentionSettings): number {
  return status === 'confirmed' || status === 'booked' ? settings.attendedDays : settings.cancelledDays;
}

/** When a row's identifying fields are to be erased. */
export function erasureDueAt(row: RetainedRow, settings: RetentionSettings): Date {
  return new Date(new Date(row.endsAt).getTime() + retentionDays(row.status, settings) * DAY_MS);
}

/** Whether the purge erases this row at `now`: its delay has passed and it was not erased already. */
export function isDueForErasure(row: RetainedRow, settings: RetentionSettings, now: Date): boolean {
  if (row.erasedAt) return false;
  return erasureDueAt(row, settings).getTime() <= now.getTime();
}

/** The earliest session end that can be due at `now` (to narrow the purge's query). */
export function oldestRetainedEnd(settings: RetentionSettings, now: Date): Date {
  return new Date(now.getTime() - Math.min(settings.attendedDays, settings.cancelledDays) * DAY_MS);
}

export type RetentionItem =
  | 'bookings_attended'
  | 'bookings_cancelled'
  | 'dev_mailbox'
  | 'invitations'
  | 'rate_limits'
  | 'sign_in_links';

/** The retention table, in the order it is shown: what, how long, counted from when. */
export function retentionTable(
  settings: RetentionSettings,
): { item: RetentionItem; amount: number; unit: 'days' | 'hours' }[] {
  return [
    { item: 'bookings_attended', amount: settings.attendedDays, unit: 'days' },
    { item: 'bookings_cancelled', amount: settings.cancelledDays, unit: 'days' },
    { item: 'invitations', amount: settings.invitationDays, unit: 'days' },
    { item: 'sign_in_links', amount: settings.linkHours, unit: 'hours' },
    // Not a setting: how long the rate limits need their counters (decision 075).
    { item: 'rate_limits', amount: RATE_LIMIT_COUNTERS_KEPT_DAYS, unit: 'days' },
    { item: 'dev_mailbox', amount: settings.devMailboxDays, unit: 'days' },
  ];
}

/**
 * Whether a person erasing their data first gives their seat back (through the booking engine, so the
 * waitlist moves on): when it is still held and the session has not started. Past ones are only erased.
 */
export function cancelsBeforeErasure(
  row: { status: RetainedStatus; startsAt: string | Date; sessionCancelled?: boolean },
  now: Date,
): boolean {
  if (row.status === 'cancelled' || row.sessionCancelled) return false;
  return new Date(row.startsAt).getTime() > now.getTime();
}
