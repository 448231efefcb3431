// Courses booked as a whole (decision 044): how the activity of a session is booked, and its dates. Runs
// as whoever asks (RLS shows public sessions to anyone) or as the service role.
import { sql } from 'kysely';
import type { Tx } from '../rls.ts';

export interface CourseSessionDate {
  id: string;
  startsAt: string;
  endsAt: string;
}

export interface CourseOfSession {
  scope: 'session' | 'course';
  /** The first scheduled session of the activity: the one a course is booked from. */
  firstSessionId: string | null;
  /** Every scheduled session of the activity, in order (the course's dates). */
  sessions: CourseSessionDate[];
}

/** How the activity of a session is booked; its scheduled sessions when it is a course. */
export async function findCourseOfSession(tx: Tx, sessionId: string): Promise<CourseOfSession | undefined> {
  const activity = await tx
    .selectFrom('sessions as s')
    .innerJoin('activities as a', 'a.id', 's.activity_id')
    .select(['a.id', sql<'session' | 'course'>`a.booking_scope`.as('scope')])
    .where('s.id', '=', sessionId)
    .executeTakeFirst();
  if (!activity) return undefined;
  if (activity.scope !== 'course') return { scope: 'session', firstSessionId: null, sessions: [] };
  const sessions = await tx
    .selectFrom('sessions as s')
    .select(['s.id', 's.starts_at as startsAt', 's.ends_at as endsAt'])
    .where('s.activity_id', '=', activity.id)
    .where('s.status', '=', 'scheduled')
    .orderBy('s.starts_at')
    .orderBy('s.id')
    .execute();
  return { scope: 'course', firstSessionId: sessions[0]?.id ?? null, sessions };
}
