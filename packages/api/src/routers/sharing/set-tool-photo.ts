import { withServiceRole } from '@rf/db/service';
import { replaceToolPhoto } from '@rf/db/sharing/tools.repository';
import { DomainError } from '@rf/domain/errors';
import { setToolPhotoInput } from '@rf/domain/sharing/tool-photo';
import { deletePhotoQuietly, storeUploadedPhoto } from '../../photo-files.server.ts';
import { signedInProcedure } from '../../trpc.ts';
import { managedTool } from './qualifications.server.ts';

/**
 * Sets a tool's photo (its place's managers, network admins): checked by its first bytes and size,
 * re-encoded without its metadata into renditions stored under a new key (decision 035), then recorded;
 * the previous files are deleted once the new ones are in place, and the new ones are removed again when
 * the record is refused. Only the server writes a storage path (decision 031): the record is made with the
 * service role, once the viewer is known to manage the tool.
 */
export const setToolPhoto = signedInProcedure
  .input(setToolPhotoInput)
  .mutation(async ({ ctx, input }): Promise<{ id: string }> => {
    const tool = await managedTool(ctx.tx, ctx.viewer, input.toolId);
    const path = await storeUploadedPhoto(ctx, `tools/${tool.placeId}`, input.file);
    let replaced: { previous: string | null } | undefined;
    try {
      replaced = await withServiceRole(ctx.services.db, 'tool photo record', (tx) =>
        replaceToolPhoto(tx, tool.id, { path, altText: input.altText }),
      );
    } catch (error) {
      await deletePhotoQuietly(ctx, path);
      throw error;
    }
    if (!replaced) {
      await deletePhotoQuietly(ctx, path);
      throw new DomainError('not_found');
    }
    if (replaced.previous) await deletePhotoQuietly(ctx, replaced.previous);
    return { id: tool.id };
  });
