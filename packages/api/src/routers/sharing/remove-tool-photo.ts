import { withServiceRole } from '@rf/db/service';
import { replaceToolPhoto } from '@rf/db/sharing/tools.repository';
import { DomainError } from '@rf/domain/errors';
import { removeToolPhotoInput } from '@rf/domain/sharing/tool-photo';
import { deletePhotoQuietly } from '../../photo-files.server.ts';
import { signedInProcedure } from '../../trpc.ts';
import { managedTool } from './qualifications.server.ts';

/** Removes a tool's photo: the record (its path is written by the server only), then its files. */
export const removeToolPhoto = signedInProcedure
  .input(removeToolPhotoInput)
  .mutation(async ({ ctx, input }): Promise<{ id: string }> => {
    const tool = await managedTool(ctx.tx, ctx.viewer, input.toolId);
    const replaced = await withServiceRole(ctx.services.db, 'tool photo removal', (tx) =>
      replaceToolPhoto(tx, tool.id, null),
    );
    if (!replaced) throw new DomainError('not_found');
    if (replaced.previous) await deletePhotoQuietly(ctx, replaced.previous);
    return { id: tool.id };
  });
