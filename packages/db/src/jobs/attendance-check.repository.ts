// What the minimum-attendance check reads when its time comes (packages/jobs): the session as it is now,
// how many seats are confirmed, and who organises it — the activity's author and the place's managers (the
// warning links managers to the admin console, an author who is only a member to their member space).
import { sql } from 'kysely';
import type { Tx } from '../rls.ts';

export interface AttendanceCheck {
  sessionId: string;
  activityId: string;
  scheduled: boolean;
  startsAt: string;
  title: string;
  placeName: string;
  minAttendance: number | null;
  /** What the organisers chose for a minimum not met: cancel the session and tell everyone, or warn them only. */
  minAttendanceAction: 'cancel' | 'warn';
  /** Why the session was cancelled, when it was (the automatic cancellation writes its own reason). */
  cancellationReason: string | null;
  confirmed: number;
  /** The activity's author and the place's managers, once each, by address. */
  organisers: { email: string; manager: boolean }[];
}

export async function findAttendanceCheck(tx: Tx, sessionId: string): Promise<AttendanceCheck | undefined> {
  const { rows } = await sql<AttendanceCheck>`
    select
      s.id as "sessionId",
      a.id as "activityId",
      s.status = 'scheduled' as scheduled,
      s.starts_at as "startsAt",
      a.title,
      p.name as "placeName",
      a.min_attendance as "minAttendance",
      a.min_attendance_action as "minAttendanceAction",
      s.cancellation_reason as "cancellationReason",
      (select count(*)::int from public.bookings b where b.session_id = s.id and b.status = 'confirmed')
        as confirmed,
      coalesce((
        select json_agg(json_build_object('email', o.email, 'manager', o.manager) order by o.email)
        from (
          select pr.email, pr.id in (
            select m.user_id from public.place_memberships m
            where m.place_id = s.place_id and m.role = 'manager'
          ) as manager
          from public.profiles pr
          where pr.email is not null
            and (
              pr.id = a.created_by
              or pr.id in (
                select m.user_id from public.place_memberships m
                where m.place_id = s.place_id and m.role = 'manager'
              )
            )
        ) o
      ), '[]'::json) as organisers
    from public.sessions s
    join public.activities a on a.id = s.activity_id
    join public.places p on p.id = s.place_id
    where s.id = ${sessionId}`.execute(tx);
  return rows[0];
}

/**
 * Cancels the session because its minimum is not met, if that still holds under the session's lock (still
 * scheduled at `startsAt`, its activity still asks to cancel, still too few confirmed): every live booking
 * is cancelled with it, and each person's cancellation e-mail queued (migration 20261206094743).
 */
export async function cancelSessionBelowMinimum(
  tx: Tx,
  sessionId: string,
  startsAt: string,
  reason: string,
): Promise<boolean> {
  const { rows } = await sql<{ cancelled: boolean }>`
    select private.cancel_session_below_minimum(${sessionId}::uuid, ${startsAt}::timestamptz, ${reason})
      as cancelled`.execute(tx);
  return rows[0]?.cancelled === true;
}
