import { deleteResource as remove } from '@rf/db/sharing/resources.repository';
import { DomainError } from '@rf/domain/errors';
import { resourceIdInput } from '@rf/domain/sharing/resource';
import { signedInProcedure } from '../../trpc.ts';
import { managedResource } from './resource-access.server.ts';

/** Deletes a resource: its record, then its stored file (a file left behind is logged, never an error). */
export const deleteResource = signedInProcedure
  .input(resourceIdInput)
  .mutation(async ({ ctx, input }): Promise<{ id: string }> => {
    await managedResource(ctx.tx, ctx.viewer, input.id);
    const deleted = await remove(ctx.tx, input.id);
    if (!deleted) throw new DomainError('not_found');
    if (deleted.storagePath) {
      const path = deleted.storagePath;
      await ctx.services.storage.delete(path).catch((error: unknown) => {
        ctx.services.logger.warn({ err: error, path }, 'resource file not deleted');
      });
    }
    return { id: input.id };
  });
