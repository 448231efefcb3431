import { randomUUID } from 'node:crypto';
import { withServiceRole } from '@rf/db/service';
import { replaceToolPhoto } from '@rf/db/sharing/tools.repository';
import { DomainError } from '@rf/domain/errors';
import { checkPhotoFile, photoExtension, setToolPhotoInput } from '@rf/domain/sharing/tool-photo';
import { signedInProcedure } from '../../trpc.ts';
import { fieldError } from '../directory-admin/field-error.ts';
import { managedTool } from './qualifications.server.ts';

/**
 * Sets a tool's photo (its place's managers, network admins): checked by its first bytes and size, stored
 * under a new key, then recorded; the previous file is deleted once the new one is in place, and the new
 * one is removed again when the record is refused. Only the server writes a storage path (decision 031):
 * the record is made with the service role, once the viewer is known to manage the tool.
 */
export const setToolPhoto = signedInProcedure
  .input(setToolPhotoInput)
  .mutation(async ({ ctx, input }): Promise<{ id: string }> => {
    const tool = await managedTool(ctx.tx, ctx.viewer, input.toolId);
    const checked = checkPhotoFile(input.file);
    if ('error' in checked) throw fieldError('photo', checked.error);
    const key = `tools/${tool.placeId}/${randomUUID()}.${photoExtension(checked.type)}`;
    const storage = ctx.services.storage;
    await storage.put(key, input.file, { contentType: checked.type });
    let replaced: { previous: string | null } | undefined;
    try {
      replaced = await withServiceRole(ctx.services.db, 'tool photo record', (tx) =>
        replaceToolPhoto(tx, tool.id, { path: key, altText: input.altText }),
      );
    } catch (error) {
      await storage.delete(key).catch(() => undefined);
      throw error;
    }
    if (!replaced) {
      await storage.delete(key).catch(() => undefined);
      throw new DomainError('not_found');
    }
    if (replaced.previous) await deleteQuietly(ctx, replaced.previous);
    return { id: tool.id };
  });

/** A file left behind by a failed delete is only wasted space: log it, never fail the request. */
export async function deleteQuietly(
  ctx: {
    services: {
      storage: { delete(key: string): Promise<void> };
      logger: { warn(o: object, m: string): void };
    };
  },
  path: string,
): Promise<void> {
  await ctx.services.storage.delete(path).catch((error: unknown) => {
    ctx.services.logger.warn({ err: error, path }, 'tool photo file not deleted');
  });
}
