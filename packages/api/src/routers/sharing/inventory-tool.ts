import { findInventoryTool } from '@rf/db/sharing/tools.repository';
import { DomainError } from '@rf/domain/errors';
import { isManagerOf } from '@rf/domain/identity/roles';
import { toolIdInput } from '@rf/domain/sharing/sharing.schema';
import { managerProcedure } from '../../trpc.ts';
import type { InventoryTool, WithPhotoUrl } from './sharing.dto.ts';
import { withPhotoUrl } from './sharing.server.ts';

/** One tool of a place the viewer manages, for its edit form. */
export const inventoryTool = managerProcedure
  .input(toolIdInput)
  .query(async ({ ctx, input }): Promise<WithPhotoUrl<InventoryTool>> => {
    const found = await findInventoryTool(ctx.tx, input.id);
    if (!found || !(isManagerOf(ctx.viewer, found.placeId) || ctx.viewer.networkRole === 'network_admin'))
      throw new DomainError('not_found');
    return withPhotoUrl(ctx.services.storage, found);
  });
