import { insertTool } from '@rf/db/sharing/tools.repository';
import { DomainError } from '@rf/domain/errors';
import { isManagerOf } from '@rf/domain/identity/roles';
import { toolInput } from '@rf/domain/sharing/sharing.schema';
import { managerProcedure } from '../../trpc.ts';

/** Adds a tool to a place the viewer manages (RLS: managers of the place, network admins). */
export const createTool = managerProcedure
  .input(toolInput)
  .mutation(async ({ ctx, input }): Promise<{ id: string }> => {
    if (!isManagerOf(ctx.viewer, input.placeId)) throw new DomainError('forbidden');
    const { placeId, ...fields } = input;
    return { id: await insertTool(ctx.tx, placeId, fields) };
  });
