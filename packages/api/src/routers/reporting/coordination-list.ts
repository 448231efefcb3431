import { listCoordinationActivities } from '@rf/db/reporting/coordination.repository';
import { canRecordCoordinationFor, coordinationActivityListInput } from '@rf/domain/reporting/coordination';
import { signedInProcedure } from '../../trpc.ts';
import type { CoordinationListDto } from './coordination.dto.ts';
import { fabriqueFor } from './coordination-access.server.ts';

/** A fabrique's coordination activities, newest first. */
export const coordinationList = signedInProcedure
  .input(coordinationActivityListInput)
  .query(async ({ ctx, input }): Promise<CoordinationListDto> => {
    const place = await fabriqueFor(ctx.tx, ctx.viewer, input.placeId);
    return {
      place,
      canWrite: canRecordCoordinationFor(ctx.viewer, place.id),
      activities: await listCoordinationActivities(ctx.tx, place.id),
    };
  });
