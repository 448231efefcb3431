import { updateResource as save } from '@rf/db/sharing/resources.repository';
import { DomainError } from '@rf/domain/errors';
import { updateResourceInput } from '@rf/domain/sharing/resource';
import { signedInProcedure } from '../../trpc.ts';
import { fieldError } from '../directory-admin/field-error.ts';
import { managedResource } from './resource-access.server.ts';

/** Edits a resource's text; a link stays a link, a file stays a file (the address cannot be added to it). */
export const updateResource = signedInProcedure
  .input(updateResourceInput)
  .mutation(async ({ ctx, input }): Promise<{ id: string }> => {
    const row = await managedResource(ctx.tx, ctx.viewer, input.id);
    if (row.storagePath && input.url) throw fieldError('url', 'validation.resource.not_both');
    if (!row.storagePath && !input.url) throw fieldError('url', 'validation.resource.link_or_file');
    const { id, ...fields } = input;
    if (!(await save(ctx.tx, id, { ...fields, url: row.storagePath ? null : fields.url })))
      throw new DomainError('not_found');
    return { id };
  });
