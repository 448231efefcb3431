import type { Tx } from '@rf/db';
import {
  type BookingView,
  cancelBooking,
  findBookingByTokenHash,
  moveBooking,
} from '@rf/db/booking/booking-engine.repository';
import { listMoveTargets } from '@rf/db/booking/move-targets.repository';
import { findPublicSession } from '@rf/db/catalogue/public-session.repository';
import {
  bookingWindow,
  canCancel,
  cancellationDeadline,
  moveRefusal,
  seatsLeft,
} from '@rf/domain/booking/rules';
import { DomainError } from '@rf/domain/errors';
import type { MoveResultDto, MoveTargetDto } from './booking.dto.ts';

// Cancelling and moving a booking held by the hash of its private link, inside a service-role transaction:
// the same rules (cut-off, booking window) and the same engine (private.cancel_booking / move_booking, which
// promote the waitlist and queue the notices in the same transaction) whichever way the person came — by
// their private link, or from their member space (own-booking procedures, which resolve the hash first).

export const MOVE_TARGETS_SHOWN = 10;

/** The rules' view of the session a booking is in. */
export function heldSession(booking: BookingView) {
  return {
    startsAt: booking.startsAt,
    cancellationCutoffMinutes: booking.cancellationCutoffMinutes,
    cancelled: booking.sessionCancelled,
  };
}

/**
 * Cancels within the cut-off; the freed seat goes to the first person waiting. Cancelling an already
 * cancelled booking is a harmless replay. Returns the booking as it was found.
 */
export async function cancelHeldBooking(tx: Tx, manageTokenHash: string): Promise<BookingView> {
  const booking = await findBookingByTokenHash(tx, manageTokenHash);
  if (!booking) throw new DomainError('not_found');
  if (booking.status === 'cancelled') return booking;
  if (!canCancel(booking.status, heldSession(booking), new Date()))
    throw new DomainError('cancellation_closed');
  await cancelBooking(tx, manageTokenHash);
  return booking;
}

/**
 * Moves to another session of the same workshop, within the cut-offs: the old seat goes to the first
 * person waiting, the new session gives a seat or a place on its waitlist. Sending it twice moves once.
 */
export async function moveHeldBooking(
  tx: Tx,
  manageTokenHash: string,
  targetSessionId: string,
): Promise<MoveResultDto> {
  const booking = await findBookingByTokenHash(tx, manageTokenHash);
  if (!booking || booking.status === 'cancelled') throw new DomainError('not_found');
  // A course booked as a whole keeps its dates (decision 044).
  if (booking.course) throw new DomainError('course_not_movable');
  // Already there: a double submit of the same move.
  if (booking.sessionId === targetSessionId)
    return { outcome: 'replayed', status: booking.status === 'waitlisted' ? 'waitlisted' : 'confirmed' };
  const target = await findPublicSession(tx, targetSessionId);
  if (!target) throw new DomainError('not_found');
  const refusal = moveRefusal(
    booking.status,
    heldSession(booking),
    { ...target, cancelled: false },
    new Date(),
  );
  if (refusal) throw new DomainError(refusal);
  const moved = await moveBooking(tx, { manageTokenHash, targetSessionId });
  if (!moved) throw new DomainError('not_found');
  if (moved.outcome === 'already_booked') throw new DomainError('already_booked');
  return {
    outcome: moved.outcome === 'moved' ? 'moved' : 'replayed',
    status: moved.status === 'waitlisted' ? 'waitlisted' : 'confirmed',
  };
}

/** Whether the booking can still be cancelled, until when, and the dates it could move to now. */
export async function manageOptions(
  tx: Tx,
  booking: BookingView,
  now: Date,
): Promise<{ canCancel: boolean; cancelUntil: string | null; moveTargets: MoveTargetDto[] }> {
  const session = heldSession(booking);
  const cancellable = canCancel(booking.status, session, now);
  if (!cancellable) return { canCancel: false, cancelUntil: null, moveTargets: [] };
  return {
    canCancel: true,
    cancelUntil: (booking.status === 'confirmed'
      ? cancellationDeadline(booking.startsAt, booking.cancellationCutoffMinutes)
      : new Date(booking.startsAt)
    ).toISOString(),
    // A course booked as a whole keeps its dates (decision 044).
    moveTargets: booking.course ? [] : await openMoveTargets(tx, booking, now),
  };
}

/** The other sessions of the booking's workshop that take bookings now, soonest first. */
export async function openMoveTargets(
  tx: Tx,
  booking: { activityId: string; sessionId: string },
  now: Date,
): Promise<MoveTargetDto[]> {
  const targets = await listMoveTargets(tx, {
    activityId: booking.activityId,
    exceptSessionId: booking.sessionId,
    from: now.toISOString(),
    limit: MOVE_TARGETS_SHOWN,
  });
  return targets
    .filter((target) => bookingWindow({ ...target, cancelled: false }, now) === 'open')
    .map((target) => ({
      id: target.id,
      startsAt: target.startsAt,
      endsAt: target.endsAt,
      capacity: target.capacity,
      seatsLeft: seatsLeft(target.capacity, target.seatsTaken),
    }));
}
