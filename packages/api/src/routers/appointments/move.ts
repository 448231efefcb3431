import { hashLinkToken } from '@rf/auth';
import {
  findAppointmentByTokenHash,
  moveAppointment,
} from '@rf/db/appointments/appointment-engine.repository';
import { withServiceRole } from '@rf/db/service';
import { moveAppointmentInput } from '@rf/domain/appointments/appointments.schema';
import { appointmentMoveRefusal } from '@rf/domain/appointments/rules';
import { personKey } from '@rf/domain/booking/person';
import { DomainError } from '@rf/domain/errors';
import { enforceBookingLimits } from '../../rate-limits.server.ts';
import { selfManagedProcedure } from '../../trpc.ts';
import type { AppointmentMovedDto } from './appointments.dto.ts';

/**
 * Moves the appointment of a private link to another free slot of the same place, until its cut-off (the
 * same as cancelling), in one transaction: the database checks the new slot as it checks a booking, under
 * the médiateur's lock, and the exclusion constraint has the last word. The private link stays the same;
 * the person is told (e-mail and/or SMS, in their language) and the reminder follows the new time, both
 * queued in the move's transaction. The same move sent twice moves once and tells once. A move takes a
 * slot and sends a message: it counts against the booking allowance (address, médiateur, person), like
 * booking the slot would; a replay does not.
 */
export const move = selfManagedProcedure
  .input(moveAppointmentInput)
  .mutation(async ({ ctx, input }): Promise<AppointmentMovedDto> => {
    const { services } = ctx;
    const hash = hashLinkToken(input.token);
    const wanted = Date.parse(input.startsAt);
    const already = (a: { availabilityId: string | null; startsAt: string }) =>
      a.availabilityId === input.availabilityId && Date.parse(a.startsAt) === wanted;

    const before = await withServiceRole(services.db, 'appointment move', (tx) =>
      findAppointmentByTokenHash(tx, hash),
    );
    if (before?.status !== 'booked') throw new DomainError('not_found');
    if (!already(before)) {
      // Refused before it counts: too late is said without using the allowance.
      const refusal = appointmentMoveRefusal(before, new Date());
      if (refusal) throw new DomainError(refusal);
      await enforceBookingLimits(
        ctx,
        { kind: 'appointment', availabilityId: input.availabilityId },
        { personKey: personKey(before), idempotencyKey: undefined },
      );
    }

    const result = await withServiceRole(services.db, 'appointment move', async (tx) => {
      const appointment = await findAppointmentByTokenHash(tx, hash);
      if (!appointment) throw new DomainError('not_found');
      if (appointment.status === 'booked' && already(appointment)) return 'replayed' as const;
      const refusal = appointmentMoveRefusal(appointment, new Date());
      if (refusal) throw new DomainError(refusal);
      const moved = await moveAppointment(tx, {
        manageTokenHash: hash,
        availabilityId: input.availabilityId,
        startsAt: input.startsAt,
      });
      if (moved.outcome === 'taken') throw new DomainError('slot_taken');
      if (moved.outcome === 'invalid') throw new DomainError('slot_unavailable');
      if (moved.outcome === 'not_found') throw new DomainError('not_found');
      return moved.outcome;
    });

    const after = await withServiceRole(services.db, 'appointment moved', (tx) =>
      findAppointmentByTokenHash(tx, hash),
    );
    if (!after) throw new DomainError('not_found');
    return {
      outcome: result,
      startsAt: new Date(after.startsAt).toISOString(),
      endsAt: new Date(after.endsAt).toISOString(),
    };
  });
