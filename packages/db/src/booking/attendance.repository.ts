// Attendance, read and written through RLS as the signed-in person (`withSession`): the place's team
// reads its bookings; only its managers and network admins may change `attendance` (the update policy
// and `private.guard_booking_update`), and only from the session's day (`private.guard_attendance_window`).
import { sql } from 'kysely';
import type { Tx } from '../rls.ts';

export type AttendanceValue = 'seen' | 'excused' | 'revoked' | 'noshow';

export interface AttendanceSession {
  id: string;
  placeId: string;
  placeName: string;
  title: string;
  startsAt: string;
  endsAt: string;
  capacity: number;
  cancelled: boolean;
}

/** The session, if the person may see it (any public session, or their place's drafts). */
export function findAttendanceSession(tx: Tx, sessionId: string): Promise<AttendanceSession | undefined> {
  return tx
    .selectFrom('sessions as s')
    .innerJoin('activities as a', 'a.id', 's.activity_id')
    .innerJoin('places as p', 'p.id', 's.place_id')
    .select([
      's.id',
      's.place_id as placeId',
      'p.name as placeName',
      'a.title',
      's.starts_at as startsAt',
      's.ends_at as endsAt',
      's.capacity',
      sql<boolean>`s.status = 'cancelled'`.as('cancelled'),
    ])
    .where('s.id', '=', sessionId)
    .executeTakeFirst();
}

export interface AttendanceRow {
  id: string;
  firstName: string;
  /** Who booked for the person, when a prescriber did. */
  prescriberName: string | null;
  attendance: AttendanceValue | null;
  /** The person answered "Je viens" from their private link. */
  comingConfirmed: boolean;
}

/** The confirmed bookings of a session, in arrival order: the list a manager ticks. */
export function listSessionAttendance(tx: Tx, sessionId: string): Promise<AttendanceRow[]> {
  return tx
    .selectFrom('bookings as b')
    .select([
      'b.id',
      'b.first_name as firstName',
      'b.prescriber_name as prescriberName',
      'b.attendance',
      sql<boolean>`b.coming_confirmed_at is not null`.as('comingConfirmed'),
    ])
    .where('b.session_id', '=', sessionId)
    .where('b.status', '=', 'confirmed')
    .orderBy('b.arrival')
    .execute();
}

/**
 * Marks the given confirmed bookings of the session; returns how many rows RLS let through (a booking
 * of another session, a cancelled one, or one the person may not change is left alone).
 */
export async function markAttendance(
  tx: Tx,
  sessionId: string,
  marks: readonly { bookingId: string; attendance: AttendanceValue }[],
): Promise<number> {
  let updated = 0;
  for (const mark of marks) {
    const result = await tx
      .updateTable('bookings')
      .set({ attendance: mark.attendance })
      .where('id', '=', mark.bookingId)
      .where('session_id', '=', sessionId)
      .where('status', '=', 'confirmed')
      .executeTakeFirst();
    updated += Number(result.numUpdatedRows);
  }
  return updated;
}
