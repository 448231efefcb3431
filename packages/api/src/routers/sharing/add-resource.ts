import { randomUUID } from 'node:crypto';
import { withServiceRole } from '@rf/db/service';
import { insertResource } from '@rf/db/sharing/resources.repository';
import { DomainError } from '@rf/domain/errors';
import { isMemberOf } from '@rf/domain/identity/roles';
import { addResourceInput, checkResourceFile, resourceExtension } from '@rf/domain/sharing/resource';
import { signedInProcedure } from '../../trpc.ts';
import { fieldError } from '../directory-admin/field-error.ts';

/**
 * Shares a guide, kit or template for a place (its members, network admins): a link, or a file checked by
 * its first bytes and size, stored under a new key through the storage interface and removed again when
 * the record is refused. A link is recorded through RLS; a file's record (its storage path) only by the
 * server with the service role (decision 031), once the viewer is known to belong to the place.
 */
export const addResource = signedInProcedure
  .input(addResourceInput)
  .mutation(async ({ ctx, input }): Promise<{ id: string }> => {
    if (!isMemberOf(ctx.viewer, input.placeId) && ctx.viewer.networkRole !== 'network_admin')
      throw new DomainError('forbidden');
    const { file: bytes, ...fields } = input;
    if (!bytes || bytes.byteLength === 0)
      return { id: await insertResource(ctx.tx, { ...fields, file: null }) };
    const checked = checkResourceFile(bytes);
    if ('error' in checked) throw fieldError('file', checked.error);
    const key = `resources/${input.placeId}/${randomUUID()}.${resourceExtension(checked.type)}`;
    const storage = ctx.services.storage;
    await storage.put(key, bytes, { contentType: checked.type });
    try {
      const file = { storagePath: key, mimeType: checked.type, sizeBytes: bytes.byteLength };
      const createdBy = ctx.viewer.userId;
      const id = await withServiceRole(ctx.services.db, 'resource file record', (tx) =>
        insertResource(tx, { ...fields, file, createdBy }),
      );
      return { id };
    } catch (error) {
      await storage.delete(key).catch(() => undefined);
      throw error;
    }
  });
