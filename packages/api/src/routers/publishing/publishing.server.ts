// What the publishing procedures share: form values ⇄ database values, session rows from a plan.
import type {
  ActivityDetails,
  ActivitySession,
  ActivityValues,
  NewSession,
} from '@rf/db/catalogue/publishing.repository';
import type { UpdateActivityInput, UpdateSessionInput } from '@rf/domain/catalogue/publishing.schema';
import { bookingRulesOf, minimumAttendanceState, sessionRow } from '@rf/domain/catalogue/sessions';
import { fromLocal, minutesOfTime, timeOfMinutes, toLocal } from '@rf/domain/time/local-time';
import { PARIS_TIME_ZONE } from '@rf/domain/time/paris';
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

function parisDateAndTime(iso: string): { date: string; time: string } {
  const local = toLocal(new Date(iso), PARIS_TIME_ZONE);
  return { date: local.date, time: timeOfMinutes(local.minutes) };
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

/** One session's new values from its edit form (Paris date and times). */
export function editedSession(input: UpdateSessionInput): NewSession {
  const occurrence = {
    startsAt: fromLocal(input.date, minutesOfTime(input.startTime), PARIS_TIME_ZONE).toISOString(),
    endsAt: fromLocal(input.date, minutesOfTime(input.endTime), PARIS_TIME_ZONE).toISOString(),
  };
  return sessionRow(occurrence, input);
}
