// What the publishing procedures share: form values ⇄ database values, session rows from a plan.
import type {
  ActivityDetails,
  ActivitySession,
  ActivityValues,
  NewSession,
} from '@rf/db/catalogue/publishing.repository';
import type { UpdateActivityInput, UpdateSessionInput } from '@rf/domain/catalogue/publishing.schema';
import { bookingRulesOf, minimumAttendanceState, sessionRow } from '@rf/domain/catalogue/sessions';
import { PLANNING_TIME_ZONE, wallClockAt, zonedTimeToInstant } from '@rf/domain/catalogue/zoned-time';
import type { ActivityFormValuesDto, ActivitySessionDto } from './publishing.dto.ts';

type ActivityFields = Omit<UpdateActivityInput, 'activityId'>;

export function activityValues(input: ActivityFields): ActivityValues {
  return {
    kind: input.kind,
    title: input.title,
    description: input.description ?? null,
    themes: input.themes,
    level: input.level ?? null,
    audience: input.audience ?? null,
    feesKind: input.feesKind,
    priceCents: input.price ?? null,
    accessibilityNotes: input.accessibilityNotes ?? null,
    facilitatorName: input.facilitatorName ?? null,
    format: input.format,
    minAttendance: input.minAttendance ?? null,
    minAttendanceNoticeMinutes: input.minAttendanceNoticeHours * 60,
    minAttendanceAction: input.minAttendanceAction,
    bookingScope: input.bookingScope,
  };
}

const text = (value: string | number | null | undefined) => (value == null ? '' : String(value));

export function activityFormValues(activity: ActivityDetails): ActivityFormValuesDto {
  return {
    kind: activity.kind,
    title: activity.title,
    description: text(activity.description),
    themes: activity.themes,
    level: text(activity.level),
    audience: text(activity.audience),
    feesKind: activity.feesKind,
    price: activity.priceCents == null ? '' : (activity.priceCents / 100).toFixed(2).replace('.', ','),
    accessibilityNotes: text(activity.accessibilityNotes),
    facilitatorName: text(activity.facilitatorName),
    format: activity.format,
    minAttendance: text(activity.minAttendance),
    minAttendanceNoticeHours: text(Math.round(activity.minAttendanceNoticeMinutes / 60)),
    minAttendanceAction: activity.minAttendanceAction,
    bookingScope: activity.bookingScope,
  };
}

const pad = (n: number) => String(n).padStart(2, '0');

function parisDateAndTime(iso: string): { date: string; time: string } {
  const w = wallClockAt(new Date(iso), PLANNING_TIME_ZONE);
  return { date: `${w.year}-${pad(w.month)}-${pad(w.day)}`, time: `${pad(w.hour)}:${pad(w.minute)}` };
}

export function sessionDto(
  session: ActivitySession,
  activity: { minAttendance: number | null; minAttendanceNoticeMinutes: number },
  now: Date,
): ActivitySessionDto {
  const rules = bookingRulesOf(session);
  const start = parisDateAndTime(session.startsAt);
  const cancelled = session.status === 'cancelled';
  const past = new Date(session.startsAt).getTime() <= now.getTime();
  return {
    id: session.id,
    startsAt: session.startsAt,
    endsAt: session.endsAt,
    capacity: session.capacity,
    confirmed: session.confirmed,
    waitlisted: session.waitlisted,
    bookingOpensAt: session.bookingOpensAt,
    bookingClosesAt: session.bookingClosesAt,
    cancellationCutoffHours: rules.cancellationCutoffHours,
    locationNote: session.locationNote,
    cancelled,
    cancellationReason: session.cancellationReason,
    past,
    minimum: cancelled || past ? 'none' : minimumAttendanceState(session, activity, now),
    form: {
      date: start.date,
      startTime: start.time,
      endTime: parisDateAndTime(session.endsAt).time,
      capacity: text(rules.capacity),
      bookingOpensDaysBefore: text(rules.bookingOpensDaysBefore),
      bookingClosesHoursBefore: text(rules.bookingClosesHoursBefore),
      cancellationCutoffHours: text(rules.cancellationCutoffHours),
      locationNote: text(rules.locationNote),
    },
  };
}

function clock(date: string, time: string) {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  const [hour = 0, minute = 0] = time.split(':').map(Number);
  return { year, month, day, hour, minute };
}

/** One session's new values from its edit form (Paris date and times). */
export function editedSession(input: UpdateSessionInput): NewSession {
  const occurrence = {
    startsAt: zonedTimeToInstant(clock(input.date, input.startTime), PLANNING_TIME_ZONE).toISOString(),
    endsAt: zonedTimeToInstant(clock(input.date, input.endTime), PLANNING_TIME_ZONE).toISOString(),
  };
  return sessionRow(occurrence, input);
}
