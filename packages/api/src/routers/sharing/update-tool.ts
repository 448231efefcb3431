import { updateTool as saveTool } from '@rf/db/sharing/tools.repository';
import { DomainError } from '@rf/domain/errors';
import { updateToolInput } from '@rf/domain/sharing/sharing.schema';
import { managerProcedure } from '../../trpc.ts';

/** Edits a tool; RLS lets only the place's managers (and network admins) change it. */
export const updateTool = managerProcedure
  .input(updateToolInput)
  .mutation(async ({ ctx, input }): Promise<{ id: string }> => {
    const { id, ...fields } = input;
    if (!(await saveTool(ctx.tx, id, fields))) throw new DomainError('not_found');
    return { id };
  });
