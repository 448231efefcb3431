import { hashLinkToken } from '@rf/auth';
import {
  cancelAppointment,
  findAppointmentByTokenHash,
} from '@rf/db/appointments/appointment-engine.repository';
import { cancelBooking, findBookingByTokenHash } from '@rf/db/booking/booking-engine.repository';
import { erasePersonalData } from '@rf/db/privacy/retention.repository';
import { withServiceRole } from '@rf/db/service';
import { appointmentTokenInput } from '@rf/domain/appointments/appointments.schema';
import { bookingTokenInput } from '@rf/domain/booking/booking.schema';
import { DomainError } from '@rf/domain/errors';
import { cancelsBeforeErasure } from '@rf/domain/privacy/retention';
import { selfManagedProcedure } from '../../trpc.ts';

/**
 * "Effacer mes données" on a booking's private link: a seat still held in a session to come is given back
 * through the engine first (the next person waiting takes it and is told, by the job queue), then the
 * booking's identifying fields are erased at once by the same SQL function as the nightly purge. The link
 * stops working with it. One transaction.
 */
export const eraseBooking = selfManagedProcedure
  .input(bookingTokenInput)
  .mutation(async ({ ctx, input }): Promise<{ status: 'erased' }> => {
    const hash = hashLinkToken(input.token);
    await withServiceRole(ctx.services.db, 'booking erased by its person', async (tx) => {
      const booking = await findBookingByTokenHash(tx, hash);
      if (!booking) throw new DomainError('not_found');
      if (cancelsBeforeErasure(booking, new Date())) await cancelBooking(tx, hash);
      await erasePersonalData(tx, { bookingIds: [booking.id] });
    });
    return { status: 'erased' };
  });

/** The same for an appointment: cancelled first if still to come, then erased. */
export const eraseAppointment = selfManagedProcedure
  .input(appointmentTokenInput)
  .mutation(async ({ ctx, input }): Promise<{ status: 'erased' }> => {
    const hash = hashLinkToken(input.token);
    await withServiceRole(ctx.services.db, 'appointment erased by its person', async (tx) => {
      const appointment = await findAppointmentByTokenHash(tx, hash);
      if (!appointment) throw new DomainError('not_found');
      if (cancelsBeforeErasure(appointment, new Date())) await cancelAppointment(tx, hash);
      await erasePersonalData(tx, { appointmentIds: [appointment.id] });
    });
    return { status: 'erased' };
  });
