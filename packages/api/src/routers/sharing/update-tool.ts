import { updateTool as saveTool } from '@rf/db/sharing/tools.repository';
import { DomainError } from '@rf/domain/errors';
import { updateToolInput } from '@rf/domain/sharing/sharing.schema';
import { managerProcedure } from '../../trpc.ts';
import { managedTool } from './qualifications.server.ts';
import { assertTrainingOfPlace, withTrainingOfPlace } from './tool-training.server.ts';

/**
 * Edits a tool; RLS lets only the place's managers (and network admins) change it. The training it
 * requires, if any, must be one of the tool's place's.
 */
export const updateTool = managerProcedure
  .input(updateToolInput)
  .mutation(async ({ ctx, input }): Promise<{ id: string }> => {
    const { id, ...fields } = input;
    const tool = await managedTool(ctx.tx, ctx.viewer, id);
    await assertTrainingOfPlace(ctx.tx, tool.placeId, fields.requiredTrainingActivityId);
    if (!(await withTrainingOfPlace(() => saveTool(ctx.tx, id, fields)))) throw new DomainError('not_found');
    return { id };
  });
