import { insertReservation } from '@rf/db/sharing/reservations.repository';
import { findTool } from '@rf/db/sharing/tools.repository';
import { DomainError } from '@rf/domain/errors';
import { reserveToolInput } from '@rf/domain/sharing/sharing.schema';
import { signedInProcedure } from '../../trpc.ts';
import { withSharingErrors } from './sharing.server.ts';

/**
 * Reserves a tool for the viewer on a time range. The exclusion constraint has the last word on overlaps,
 * also when many requests arrive at once; the trigger checks the tool is in service and, for a tool that
 * needs a training, that the person holds a current qualification.
 */
export const reserve = signedInProcedure
  .input(reserveToolInput)
  .mutation(async ({ ctx, input }): Promise<{ id: string }> => {
    const found = await findTool(ctx.tx, input.toolId);
    if (!found) throw new DomainError('not_found');
    const id = await withSharingErrors('tool_already_reserved', () =>
      insertReservation(ctx.tx, {
        toolId: found.id,
        placeId: found.placeId,
        userId: ctx.viewer.userId,
        from: input.from,
        to: input.to,
        purpose: input.purpose,
      }),
    );
    return { id };
  });
