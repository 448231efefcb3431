/**
 * From a plan's booking rules (relative: "opens 30 days before") to each session's dates, and the
 * minimum-attendance state the organiser sees on their list.
 */

export interface BookingRules {
  capacity: number;
  bookingOpensDaysBefore?: number | undefined;
  bookingClosesHoursBefore?: number | undefined;
  cancellationCutoffHours: number;
  locationNote?: string | undefined;
}

export interface SessionRow {
  startsAt: string;
  endsAt: string;
  capacity: number;
  bookingOpensAt: string | null;
  bookingClosesAt: string | null;
  cancellationCutoffMinutes: number;
  locationNote: string | null;
}

const HOUR_MS = 3_600_000;

/** A session's dates: the booking window and the cut-off are measured back from its start. */
export function sessionRow(
  occurrence: { startsAt: string; endsAt: string },
  rules: BookingRules,
): SessionRow {
  const start = new Date(occurrence.startsAt).getTime();
  return {
    startsAt: occurrence.startsAt,
    endsAt: occurrence.endsAt,
    capacity: rules.capacity,
    bookingOpensAt:
      rules.bookingOpensDaysBefore === undefined
        ? null
        : new Date(start - rules.bookingOpensDaysBefore * 24 * HOUR_MS).toISOString(),
    bookingClosesAt:
      rules.bookingClosesHoursBefore === undefined
        ? null
        : new Date(start - rules.bookingClosesHoursBefore * HOUR_MS).toISOString(),
    cancellationCutoffMinutes: rules.cancellationCutoffHours * 60,
    locationNote: rules.locationNote ?? null,
  };
}

/** The relative rules back from a stored session, to fill its edit form. */
export function bookingRulesOf(session: SessionRow): BookingRules {
  const start = new Date(session.startsAt).getTime();
  const back = (iso: string | null, unit: number) =>
    iso === null ? undefined : Math.round((start - new Date(iso).getTime()) / unit);
  return {
    capacity: session.capacity,
    bookingOpensDaysBefore: back(session.bookingOpensAt, 24 * HOUR_MS),
    bookingClosesHoursBefore: back(session.bookingClosesAt, HOUR_MS),
    cancellationCutoffHours: Math.round(session.cancellationCutoffMinutes / 60),
    locationNote: session.locationNote ?? undefined,
  };
}

/** When the minimum attendance of a session is decided. */
export function minimumAttendanceDeadline(startsAt: string, noticeMinutes: number): Date {
  return new Date(new Date(startsAt).getTime() - noticeMinutes * 60_000);
}

/** How many days before the deadline the organiser's list starts flagging a session that is short. */
export const MINIMUM_WARNING_LEAD_DAYS = 7;

export type MinimumState = 'none' | 'reached' | 'short' | 'short_soon' | 'short_past_deadline';

/**
 * Where a scheduled session stands against its minimum: `short_soon` when the deadline is less than a
 * week away, `short_past_deadline` once it has passed (the organiser should decide now).
 */
export function minimumAttendanceState(
  session: { startsAt: string; confirmed: number },
  activity: { minAttendance: number | null; minAttendanceNoticeMinutes: number },
  now: Date,
): MinimumState {
  if (activity.minAttendance === null) return 'none';
  if (session.confirmed >= activity.minAttendance) return 'reached';
  const deadline = minimumAttendanceDeadline(session.startsAt, activity.minAttendanceNoticeMinutes);
  if (now.getTime() >= deadline.getTime()) return 'short_past_deadline';
  if (deadline.getTime() - now.getTime() <= MINIMUM_WARNING_LEAD_DAYS * 24 * HOUR_MS) return 'short_soon';
  return 'short';
}

/** The minimum fits the session's seats (or there is none): otherwise it could never be reached. */
export function minimumFitsCapacity(minAttendance: number | null | undefined, capacity: number): boolean {
  return minAttendance == null || minAttendance <= capacity;
}
