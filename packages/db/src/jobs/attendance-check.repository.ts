// What the minimum-attendance check reads when its time comes (packages/jobs): the session as it is now,
// how many seats are confirmed, and who organises it — the activity's author and the place's managers.
import { sql } from 'kysely';
import type { Tx } from '../rls.ts';

export interface AttendanceCheck {
  sessionId: string;
  scheduled: boolean;
  startsAt: string;
  title: string;
  placeName: string;
  minAttendance: number | null;
  confirmed: number;
  /** Addresses of the activity's author and of the place's managers, once each. */
  organisers: string[];
}

export async function findAttendanceCheck(tx: Tx, sessionId: string): Promise<AttendanceCheck | undefined> {
  const { rows } = await sql<AttendanceCheck>`
    select
      s.id as "sessionId",
      s.status = 'scheduled' as scheduled,
      s.starts_at as "startsAt",
      a.title,
      p.name as "placeName",
      a.min_attendance as "minAttendance",
      (select count(*)::int from public.bookings b where b.session_id = s.id and b.status = 'confirmed')
        as confirmed,
      array(
        select distinct pr.email from public.profiles pr
        where pr.email is not null
          and (
            pr.id = a.created_by
            or pr.id in (
              select m.user_id from public.place_memberships m
              where m.place_id = s.place_id and m.role = 'manager'
            )
          )
        order by pr.email
      ) as organisers
    from public.sessions s
    join public.activities a on a.id = s.activity_id
    join public.places p on p.id = s.place_id
    where s.id = ${sessionId}`.execute(tx);
  return rows[0];
}
