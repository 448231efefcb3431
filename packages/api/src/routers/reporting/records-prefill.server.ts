import type { Tx } from '@rf/db';
import { findAttendedAppointment, findAttendedSession } from '@rf/db/reporting/records.repository';
import { DomainError } from '@rf/domain/errors';
import type { Viewer } from '@rf/domain/identity/roles';
import {
  type ActivityRecordInput,
  type ActivityRecordPrefillInput,
  canRecordFor,
  prefillFromAppointment,
  prefillFromSession,
} from '@rf/domain/reporting/records';

/**
 * The record a session with attendance or a seen appointment writes by itself. Refused to someone outside
 * the place's team, and for a source with nobody seen (nothing happened to record).
 */
export async function prefillRecord(
  tx: Tx,
  viewer: Viewer,
  input: ActivityRecordPrefillInput,
): Promise<ActivityRecordInput> {
  if ('sessionId' in input) {
    const session = await findAttendedSession(tx, input.sessionId);
    if (!session) throw new DomainError('not_found');
    if (!canRecordFor(viewer, session.placeId)) throw new DomainError('forbidden');
    if (session.seen === 0) throw new DomainError('invalid_input', { reason: 'nobody_seen' });
    return prefillFromSession(session);
  }
  const appointment = await findAttendedAppointment(tx, input.appointmentId);
  if (!appointment) throw new DomainError('not_found');
  if (!canRecordFor(viewer, appointment.placeId)) throw new DomainError('forbidden');
  if (appointment.attendance !== 'seen') throw new DomainError('invalid_input', { reason: 'not_seen' });
  return prefillFromAppointment(appointment);
}
