// What the own-booking procedures return (a signed-in person's bookings, from their member space).
import type { MoveTargetDto } from './booking.dto.ts';

export interface OwnBookingDto {
  id: string;
  status: 'confirmed' | 'waitlisted' | 'cancelled';
  sessionId: string;
  sessionCancelled: boolean;
  title: string;
  placeName: string;
  address: string | null;
  startsAt: string;
  endsAt: string;
  /** 1 for the first in line, when waiting. */
  waitlistPosition: number | null;
  canCancel: boolean;
  /** Until when the booking can be cancelled online. */
  cancelUntil: string | null;
  /** Whether it can move now to another session of the workshop (same cut-off as cancelling). */
  canMove: boolean;
  moveTargets: MoveTargetDto[];
}

export interface CancelOwnResultDto {
  status: 'cancelled';
  /** What was cancelled, for the page to say so. */
  title: string;
  startsAt: string;
}
