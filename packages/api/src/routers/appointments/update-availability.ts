import { updateAvailability as update } from '@rf/db/appointments/availabilities.repository';
import { updateAvailabilityInput } from '@rf/domain/appointments/appointments.schema';
import { DomainError } from '@rf/domain/errors';
import { managerProcedure } from '../../trpc.ts';

/**
 * Changes an availability's days, times and rules (not its médiateur). Booked appointments stay as they
 * are: only the slots offered from now on follow the change.
 */
export const updateAvailability = managerProcedure
  .input(updateAvailabilityInput)
  .mutation(async ({ ctx, input }): Promise<{ id: string }> => {
    const { id, ...fields } = input;
    if (!(await update(ctx.tx, id, fields))) throw new DomainError('not_found');
    return { id };
  });
