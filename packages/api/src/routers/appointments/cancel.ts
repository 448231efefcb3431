import { hashLinkToken } from '@rf/auth';
import {
  cancelAppointment,
  findAppointmentByTokenHash,
} from '@rf/db/appointments/appointment-engine.repository';
import { withServiceRole } from '@rf/db/service';
import { appointmentTokenInput } from '@rf/domain/appointments/appointments.schema';
import { canCancelAppointment } from '@rf/domain/appointments/rules';
import { DomainError } from '@rf/domain/errors';
import { selfManagedProcedure } from '../../trpc.ts';

/** Cancels by private link, within the cut-off (the availability's notice); cancelling twice is harmless. */
export const cancel = selfManagedProcedure
  .input(appointmentTokenInput)
  .mutation(async ({ ctx, input }): Promise<{ status: 'cancelled' }> => {
    const hash = hashLinkToken(input.token);
    await withServiceRole(ctx.services.db, 'appointment cancellation', async (tx) => {
      const appointment = await findAppointmentByTokenHash(tx, hash);
      if (!appointment) throw new DomainError('not_found');
      if (appointment.status === 'cancelled') return;
      if (!canCancelAppointment(appointment, new Date())) throw new DomainError('cancellation_closed');
      await cancelAppointment(tx, hash);
    });
    return { status: 'cancelled' };
  });
