/**
 * Booking rules, pure: when a session can be booked, until when a booking can be cancelled, who comes
 * next on the waitlist. The database enforces what must hold under concurrency (capacity, one booking
 * per person, arrival order); these functions decide what the pages offer and what the API accepts.
 */

import { parisDay } from '../time/paris.ts';

export type BookingWindowState = 'not_yet_open' | 'open' | 'closed';

export interface BookableSession {
  startsAt: string;
  bookingOpensAt: string | null;
  bookingClosesAt: string | null;
  cancelled: boolean;
}

/** Booking opens at `bookingOpensAt` (or at once) and closes at `bookingClosesAt` (or when it starts). */
export function bookingWindow(session: BookableSession, now: Date): BookingWindowState {
  if (session.cancelled) return 'closed';
  const closes = new Date(session.bookingClosesAt ?? session.startsAt);
  if (now.getTime() >= closes.getTime()) return 'closed';
  if (session.bookingOpensAt && now.getTime() < new Date(session.bookingOpensAt).getTime())
    return 'not_yet_open';
  return 'open';
}

export function seatsLeft(capacity: number, confirmed: number): number {
  return Math.max(0, capacity - confirmed);
}

/** The last moment a confirmed seat may be given back: `cutoffMinutes` before the start. */
export function cancellationDeadline(startsAt: string, cutoffMinutes: number): Date {
  return new Date(new Date(startsAt).getTime() - cutoffMinutes * 60_000);
}

export type BookingStatus = 'confirmed' | 'waitlisted' | 'cancelled';

/**
 * A confirmed seat may be cancelled until the cut-off (so the seat can still go to someone else); a place
 * on the waitlist may be given up until the session starts; a cancelled booking stays cancelled.
 */
export function canCancel(
  status: BookingStatus,
  session: { startsAt: string; cancellationCutoffMinutes: number; cancelled: boolean },
  now: Date,
): boolean {
  if (status === 'cancelled' || session.cancelled) return false;
  const until =
    status === 'confirmed'
      ? cancellationDeadline(session.startsAt, session.cancellationCutoffMinutes)
      : new Date(session.startsAt);
  return now.getTime() < until.getTime();
}

export interface QueuedBooking {
  status: BookingStatus;
  /** Order of arrival, given by the database when the booking is taken. */
  arrival: number;
}

/** The waitlist in arrival order: first come, first served. */
export function waitlist<T extends QueuedBooking>(bookings: readonly T[]): T[] {
  return bookings.filter((b) => b.status === 'waitlisted').toSorted((a, b) => a.arrival - b.arrival);
}

/** Who takes a seat freed by a cancellation: the earliest arrival still waiting, if any. */
export function nextToPromote<T extends QueuedBooking>(bookings: readonly T[]): T | null {
  return waitlist(bookings)[0] ?? null;
}

/** 1 for the first in line; null when the booking is not waiting. */
export function waitlistPosition(booking: QueuedBooking, waitingArrivals: readonly number[]): number | null {
  if (booking.status !== 'waitlisted') return null;
  return waitingArrivals.filter((arrival) => arrival < booking.arrival).length + 1;
}

export type MoveRefusal = 'cancellation_closed' | 'booking_closed';

/**
 * A booking may move to another session of the same workshop while it could still be cancelled (moving
 * gives the old seat back, so the same cut-off applies) and while the target session takes bookings. A
 * full target is not a refusal: the person joins its waitlist, and the page says so before they choose.
 */
export function moveRefusal(
  status: BookingStatus,
  from: { startsAt: string; cancellationCutoffMinutes: number; cancelled: boolean },
  to: BookableSession,
  now: Date,
): MoveRefusal | null {
  if (!canCancel(status, from, now)) return 'cancellation_closed';
  if (bookingWindow(to, now) !== 'open') return 'booking_closed';
  return null;
}

/**
 * Attendance is taken from the day of the session (in France) onwards: during the workshop, at the end,
 * or later from the office; never before, and never for a cancelled session. The database enforces the
 * same rule (`private.guard_attendance_window`).
 */
export function attendanceOpen(session: { startsAt: string; cancelled: boolean }, now: Date): boolean {
  if (session.cancelled) return false;
  return parisDay(new Date(session.startsAt)) <= parisDay(now);
}
