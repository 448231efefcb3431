import {
  cancelAppointmentByPlace,
  findAppointmentPlace,
} from '@rf/db/appointments/appointment-engine.repository';
import { cancelAppointmentByPlaceInput } from '@rf/domain/appointments/appointments.schema';
import { DomainError } from '@rf/domain/errors';
import { isManagerOf } from '@rf/domain/identity/roles';
import { signedInProcedure } from '../../trpc.ts';

/**
 * The place's team cancels an appointment from the console (decision 071): managers of its place and
 * network admins. `private.cancel_appointment_by_place` checks the team again and queues the person's
 * notice in the same transaction; a second click finds it cancelled and sends nothing more.
 */
export const cancelByPlace = signedInProcedure
  .input(cancelAppointmentByPlaceInput)
  .mutation(async ({ ctx, input }): Promise<{ outcome: 'cancelled' | 'already_cancelled' }> => {
    // Read through RLS: an appointment the viewer may not see is not found.
    const placeId = await findAppointmentPlace(ctx.tx, input.id);
    if (!placeId) throw new DomainError('not_found');
    if (!isManagerOf(ctx.viewer, placeId) && ctx.viewer.networkRole !== 'network_admin')
      throw new DomainError('forbidden');
    const outcome = await cancelAppointmentByPlace(ctx.tx, input.id, input.reason);
    if (outcome === 'not_found') throw new DomainError('not_found');
    if (outcome === 'past') throw new DomainError('cancellation_closed');
    return { outcome };
  });
