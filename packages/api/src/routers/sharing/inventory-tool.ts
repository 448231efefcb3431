import { findInventoryTool } from '@rf/db/sharing/tools.repository';
import { DomainError } from '@rf/domain/errors';
import { isManagerOf } from '@rf/domain/identity/roles';
import { toolIdInput } from '@rf/domain/sharing/sharing.schema';
import { managerProcedure } from '../../trpc.ts';
import type { InventoryTool } from './sharing.dto.ts';

/** One tool of a place the viewer manages, for its edit form. */
export const inventoryTool = managerProcedure
  .input(toolIdInput)
  .query(async ({ ctx, input }): Promise<InventoryTool> => {
    const found = await findInventoryTool(ctx.tx, input.id);
    if (!found || !isManagerOf(ctx.viewer, found.placeId)) throw new DomainError('not_found');
    return found;
  });
