import { insertAvailability } from '@rf/db/appointments/availabilities.repository';
import { createAvailabilityInput } from '@rf/domain/appointments/appointments.schema';
import { DomainError } from '@rf/domain/errors';
import { isManagerOf } from '@rf/domain/identity/roles';
import { managerProcedure } from '../../trpc.ts';

/** Opens an availability for a médiateur of the team (RLS: managers of the place only). */
export const createAvailability = managerProcedure
  .input(createAvailabilityInput)
  .mutation(async ({ ctx, input }): Promise<{ id: string }> => {
    if (!isManagerOf(ctx.viewer, input.placeId)) throw new DomainError('forbidden');
    const { placeId, ...fields } = input;
    return { id: await insertAvailability(ctx.tx, placeId, fields) };
  });
