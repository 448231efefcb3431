// The iCalendar SEQUENCE of a booking's or an appointment's e-mailed event (decision 052): counters kept by
// the database in the same transaction as each change (migration 20261206150303). A booking's event is the
// sum of its own counter (status, session) and its session's (time, place, cancellation); both only grow.
//
// Read it BEFORE the booking or appointment it goes with, in the same transaction: what the e-mail says is
// then at least as recent as its SEQUENCE, never older (a later change has a higher one, and its own e-mail).
import type { Tx } from '../rls.ts';

/** The booking's event SEQUENCE, or `null` for an unknown booking. */
export async function findBookingCalendarSequence(tx: Tx, bookingId: string): Promise<number | null> {
  const row = await tx
    .selectFrom('bookings as b')
    .innerJoin('sessions as s', 's.id', 'b.session_id')
    .select(['b.calendar_sequence as booking', 's.calendar_sequence as session'])
    .where('b.id', '=', bookingId)
    .executeTakeFirst();
  return row ? row.booking + row.session : null;
}

/** The appointment's event SEQUENCE, or `null` for an unknown appointment. */
export async function findAppointmentCalendarSequence(tx: Tx, appointmentId: string): Promise<number | null> {
  const row = await tx
    .selectFrom('appointments')
    .select('calendar_sequence')
    .where('id', '=', appointmentId)
    .executeTakeFirst();
  return row ? row.calendar_sequence : null;
}
