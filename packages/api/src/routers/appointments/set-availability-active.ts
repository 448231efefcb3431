import { setAvailabilityActive as setActive } from '@rf/db/appointments/availabilities.repository';
import { availabilityActiveInput } from '@rf/domain/appointments/appointments.schema';
import { DomainError } from '@rf/domain/errors';
import { managerProcedure } from '../../trpc.ts';

/** Deactivates (or reactivates) an availability: no new slots from it; booked appointments stay. */
export const setAvailabilityActive = managerProcedure
  .input(availabilityActiveInput)
  .mutation(async ({ ctx, input }): Promise<{ id: string; active: boolean }> => {
    if (!(await setActive(ctx.tx, input.id, input.active))) throw new DomainError('not_found');
    return input;
  });
