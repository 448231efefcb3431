import type { Tx } from '@rf/db';
import { type AttendanceSession, findAttendanceSession } from '@rf/db/booking/attendance.repository';
import { canTakeAttendance } from '@rf/domain/booking/attendance';
import { DomainError } from '@rf/domain/errors';
import type { Viewer } from '@rf/domain/identity/roles';

/** The session whose attendance the viewer takes; refused unless they manage its place (or the network). */
export async function sessionForAttendance(
  tx: Tx,
  viewer: Viewer,
  sessionId: string,
): Promise<AttendanceSession> {
  const session = await findAttendanceSession(tx, sessionId);
  if (!session) throw new DomainError('not_found');
  if (!canTakeAttendance(viewer, session.placeId)) throw new DomainError('forbidden');
  return session;
}
