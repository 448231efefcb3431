/**
 * Courses (decision 044): a training whose organiser chose to have it booked as a whole. One booking of its
 * first scheduled session takes a seat at every session; the other sessions are not booked on their own,
 * and a course booking does not move to another date.
 */

import type { BookingScope } from '../catalogue/publishing.schema.ts';

export interface CourseOfSession {
  scope: BookingScope;
  /** The first scheduled session of the activity: the only one a course is booked from. */
  firstSessionId: string | null;
}

/** Why a session cannot be booked directly: a later session of a course. Null when it can. */
export function courseBookingRefusal(
  course: CourseOfSession,
  sessionId: string,
): 'course_booking_only' | null {
  if (course.scope !== 'course') return null;
  return course.firstSessionId === sessionId ? null : 'course_booking_only';
}
