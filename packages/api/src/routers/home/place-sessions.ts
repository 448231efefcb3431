import type { PlaceSession } from '@rf/db/catalogue/upcoming-sessions.repository';
import { fromLocal } from '@rf/domain/time/local-time';
import { PARIS_TIME_ZONE, parisDay } from '@rf/domain/time/paris';
import type { PlaceSessionDto } from './home.dto.ts';

export const SESSIONS_PER_PLACE = 5;
/** How far back the console still lists a session whose attendance is not taken. */
export const ATTENDANCE_PENDING_DAYS = 7;

/**
 * Which sessions the manager console lists: from the start of today in France (a workshop under way, or
 * just over, keeps its attendance link), plus those of the last days whose attendance is still to be taken.
 */
export function consoleSessionsWindow(now: Date): { from: string; attendancePendingSince: string } {
  const today = fromLocal(parisDay(now), 0, PARIS_TIME_ZONE);
  const since = new Date(today.getTime() - ATTENDANCE_PENDING_DAYS * 86_400_000);
  return { from: today.toISOString(), attendancePendingSince: since.toISOString() };
}

/** Shared by the member space and the manager console (a procedure never calls another). */
export function toPlaceSessionDto(session: PlaceSession): PlaceSessionDto {
  return {
    id: session.id,
    title: session.title,
    published: session.activityStatus === 'published',
    startsAt: session.startsAt,
    capacity: session.capacity,
    confirmed: session.confirmed,
    waitlisted: session.waitlisted,
    attendancePending: session.attendancePending,
  };
}
