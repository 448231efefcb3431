import { insertTool } from '@rf/db/sharing/tools.repository';
import { DomainError } from '@rf/domain/errors';
import { isManagerOf } from '@rf/domain/identity/roles';
import { toolInput } from '@rf/domain/sharing/sharing.schema';
import { managerProcedure } from '../../trpc.ts';
import { assertTrainingOfPlace, withTrainingOfPlace } from './tool-training.server.ts';

/**
 * Adds a tool to a place the viewer manages (RLS: managers of the place, network admins); the training it
 * requires, if any, must be one of that place's.
 */
export const createTool = managerProcedure
  .input(toolInput)
  .mutation(async ({ ctx, input }): Promise<{ id: string }> => {
    if (!isManagerOf(ctx.viewer, input.placeId)) throw new DomainError('forbidden');
    const { placeId, ...fields } = input;
    await assertTrainingOfPlace(ctx.tx, placeId, fields.requiredTrainingActivityId);
    return { id: await withTrainingOfPlace(() => insertTool(ctx.tx, placeId, fields)) };
  });
