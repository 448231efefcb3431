import { sql } from 'kysely';
import type { Tx } from '../rls.ts';

export interface AwaitingScope {
  /** The places counted; null: every place RLS shows the viewer (a network admin's whole network). */
  placeIds: readonly string[] | null;
  /** Today in France: [dayStart, dayEnd). */
  dayStart: string;
  dayEnd: string;
  /** Sessions begun since then whose attendance is not taken yet are counted. */
  attendanceSince: string;
}

export interface AwaitingCountRow {
  reportsToValidate: number;
  reportsToRevise: number;
  loansToApprove: number;
  attendanceToTake: number;
  sessionsToday: number;
  appointmentsToday: number;
}

/**
 * What waits for the viewer in these places, in one statement run as the viewer (RLS decides what is
 * counted: a manager's reports and loans are their places', a network admin's everyone's, a member's
 * none of the reports): reports submitted (to validate) and sent back (to revise), loan requests of the
 * lending places, sessions begun since `attendanceSince` with someone confirmed not marked, and today's
 * scheduled sessions and booked appointments. Each count reads an index (reports by status, loans by
 * lender and status, sessions and appointments by place and start).
 */
export async function countAwaiting(tx: Tx, scope: AwaitingScope): Promise<AwaitingCountRow> {
  const ids = scope.placeIds === null ? sql`null::uuid[]` : sql`${sql.val([...scope.placeIds])}::uuid[]`;
  const inScope = (column: string) => sql`(${ids} is null or ${sql.ref(column)} = any (${ids}))`;
  const { rows } = await sql<AwaitingCountRow>`
    select
      (select count(*)::int from public.reports r
        where r.status = 'submitted' and ${inScope('r.place_id')}) as "reportsToValidate",
      (select count(*)::int from public.reports r
        where r.status = 'sent_back' and ${inScope('r.place_id')}) as "reportsToRevise",
      (select count(*)::int from public.loans l
        where l.status = 'requested' and ${inScope('l.lender_place_id')}) as "loansToApprove",
      (select count(*)::int from public.sessions s
        where s.status = 'scheduled' and ${inScope('s.place_id')}
          and s.starts_at >= ${scope.attendanceSince}::timestamptz and s.starts_at <= now()
          and exists (select 1 from public.bookings b
            where b.session_id = s.id and b.status = 'confirmed' and b.attendance is null)) as "attendanceToTake",
      (select count(*)::int from public.sessions s
        where s.status = 'scheduled' and ${inScope('s.place_id')}
          and s.starts_at >= ${scope.dayStart}::timestamptz and s.starts_at < ${scope.dayEnd}::timestamptz)
        as "sessionsToday",
      (select count(*)::int from public.appointments a
        where a.status = 'booked' and ${inScope('a.place_id')}
          and a.starts_at >= ${scope.dayStart}::timestamptz and a.starts_at < ${scope.dayEnd}::timestamptz)
        as "appointmentsToday"
  `.execute(tx);
  const row = rows[0];
  if (!row) throw new Error('countAwaiting: no row');
  return row;
}
