/**
 * Cut-offs of an appointment booked without an account. An appointment can be cancelled online until
 * the availability's minimum notice before it starts: past that point nobody else could book the freed
 * slot, so a late change goes through a call to the place (it is shown on the private link).
 */

/** Notice used when the availability behind an appointment is gone. */
export const defaultCancellationNoticeMinutes = 120;

export function appointmentCancellationDeadline(startsAt: string, noticeMinutes: number | null): Date {
  return new Date(Date.parse(startsAt) - (noticeMinutes ?? defaultCancellationNoticeMinutes) * 60_000);
}

export function canCancelAppointment(
  appointment: { status: 'booked' | 'cancelled'; startsAt: string; noticeMinutes: number | null },
  now: Date,
): boolean {
  if (appointment.status !== 'booked') return false;
  return (
    now.getTime() < appointmentCancellationDeadline(appointment.startsAt, appointment.noticeMinutes).getTime()
  );
}

/**
 * Who may book an availability's slots from the public page: `everyone`, or `agents_and_prescribers`
 * when a prescriber books for the person (their name is given). `agents` slots are for the team only.
 */
export function mayBookPublicly(
  whoMayBook: 'agents' | 'agents_and_prescribers' | 'everyone',
  booking: { prescriberName?: string | null },
): boolean {
  if (whoMayBook === 'everyone') return true;
  if (whoMayBook === 'agents_and_prescribers') return Boolean(booking.prescriberName);
  return false;
}

/**
 * Why an appointment may not be moved now, or null: like cancelling, only a booked appointment, and only
 * until its cut-off (the availability's notice) — past it, a change goes through a call to the place.
 */
export function appointmentMoveRefusal(
  appointment: { status: 'booked' | 'cancelled'; startsAt: string; noticeMinutes: number | null },
  now: Date,
): 'not_found' | 'cancellation_closed' | null {
  if (appointment.status !== 'booked') return 'not_found';
  if (!canCancelAppointment(appointment, now)) return 'cancellation_closed';
  return null;
}

/** "Je viens" is asked of a booked appointment still to come (decision 040, as for a booking). */
export function canSayComing(
  appointment: { status: 'booked' | 'cancelled'; startsAt: string },
  now: Date,
): boolean {
  return appointment.status === 'booked' && Date.parse(appointment.startsAt) > now.getTime();
}

/**
 * The place's team may cancel a booked appointment until it starts (decision 071): no cut-off, since the
 * team is the one telling the person; after the start, attendance says what happened.
 */
export function canPlaceCancelAppointment(
  appointment: { status: 'booked' | 'cancelled'; startsAt: string },
  now: Date,
): boolean {
  return appointment.status === 'booked' && Date.parse(appointment.startsAt) > now.getTime();
}
