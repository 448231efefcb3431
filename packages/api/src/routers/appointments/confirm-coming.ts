import { hashLinkToken } from '@rf/auth';
import {
  confirmAppointmentComing,
  findAppointmentByTokenHash,
} from '@rf/db/appointments/appointment-engine.repository';
import { withServiceRole } from '@rf/db/service';
import { appointmentTokenInput } from '@rf/domain/appointments/appointments.schema';
import { canSayComing } from '@rf/domain/appointments/rules';
import { DomainError } from '@rf/domain/errors';
import { selfManagedProcedure } from '../../trpc.ts';

/**
 * "Je viens", from the private link (the reminder's answer, decision 040), as for a booking: recorded on a
 * booked appointment still to come, for the place's day of appointments. Answering twice changes nothing;
 * it sends nothing, so it needs no allowance beyond the link's own secret.
 */
export const confirmComing = selfManagedProcedure
  .input(appointmentTokenInput)
  .mutation(async ({ ctx, input }): Promise<{ coming: true }> => {
    const hash = hashLinkToken(input.token);
    await withServiceRole(ctx.services.db, 'appointment: coming', async (tx) => {
      const appointment = await findAppointmentByTokenHash(tx, hash);
      if (!appointment) throw new DomainError('not_found');
      if (!canSayComing(appointment, new Date())) throw new DomainError('invalid_input');
      await confirmAppointmentComing(tx, hash);
    });
    return { coming: true };
  });
