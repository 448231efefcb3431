import { resourceIdInput } from '@rf/domain/sharing/resource';
import { signedInProcedure } from '../../trpc.ts';
import { managedResource } from './resource-access.server.ts';
import type { EditableResourceDto } from './sharing.dto.ts';
import { toResourceDto } from './sharing.server.ts';

/** A resource for its edit form (its place's managers, network admins). */
export const editResource = signedInProcedure
  .input(resourceIdInput)
  .query(async ({ ctx, input }): Promise<EditableResourceDto> => {
    const row = await managedResource(ctx.tx, ctx.viewer, input.id);
    return { ...toResourceDto(ctx.services.storage, row), status: row.status, url: row.url };
  });
