// What the publishing procedures return: plain data shaped for the pages, never database rows.
import type { MinimumState } from '@rf/domain/catalogue/sessions';

export interface PublishingPlaceDto {
  id: string;
  name: string;
}

export interface ActivitySummaryDto {
  id: string;
  placeName: string;
  kind: 'workshop' | 'training';
  title: string;
  status: 'draft' | 'published' | 'cancelled';
  upcomingSessions: number;
  nextStartsAt: string | null;
}

export interface ActivityListDto {
  places: PublishingPlaceDto[];
  activities: ActivitySummaryDto[];
  /** Upcoming sessions short of their minimum whose deadline is near or past: the organiser decides. */
  warnings: SessionMinimumWarningDto[];
}

export interface SessionMinimumWarningDto {
  sessionId: string;
  activityId: string;
  title: string;
  startsAt: string;
  confirmed: number;
  minAttendance: number;
  deadline: string;
  state: 'short_soon' | 'short_past_deadline';
}

export interface ActivityFormValuesDto {
  kind: 'workshop' | 'training';
  title: string;
  description: string;
  themes: string[];
  level: string;
  audience: string;
  feesKind: string;
  price: string;
  accessibilityNotes: string;
  facilitatorName: string;
  format: 'on_site' | 'remote' | 'hybrid';
  minAttendance: string;
  minAttendanceNoticeHours: string;
  minAttendanceAction: 'cancel' | 'warn';
  /** 'course': the training is booked as a whole, from its first session (decision 044). */
  bookingScope: 'session' | 'course';
}

export interface ActivitySessionDto {
  id: string;
  startsAt: string;
  endsAt: string;
  capacity: number;
  confirmed: number;
  waitlisted: number;
  bookingOpensAt: string | null;
  bookingClosesAt: string | null;
  cancellationCutoffHours: number;
  locationNote: string | null;
  cancelled: boolean;
  cancellationReason: string | null;
  past: boolean;
  minimum: MinimumState;
  /** The edit form's values (Paris date and times, relative booking rules). */
  form: {
    date: string;
    startTime: string;
    endTime: string;
    capacity: string;
    bookingOpensDaysBefore: string;
    bookingClosesHoursBefore: string;
    cancellationCutoffHours: string;
    locationNote: string;
  };
}

export interface ActivityDetailsDto {
  id: string;
  placeId: string;
  placeName: string;
  status: 'draft' | 'published' | 'cancelled';
  hidden: boolean;
  recurrenceRule: string | null;
  minAttendance: number | null;
  values: ActivityFormValuesDto;
  sessions: ActivitySessionDto[];
}

export interface SessionPreviewDto {
  sessions: { date: string; startsAt: string; endsAt: string; alreadyPlanned: boolean }[];
  first: string | null;
  last: string | null;
  rrule: string;
}
