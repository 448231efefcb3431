import { deleteToolQualification } from '@rf/db/sharing/qualifications.repository';
import { DomainError } from '@rf/domain/errors';
import { revokeQualificationInput } from '@rf/domain/sharing/qualification';
import { signedInProcedure } from '../../trpc.ts';
import { managedTool } from './qualifications.server.ts';

/** Withdraws a qualification (a mistake, a safety incident); attending the training again grants it back. */
export const revokeQualification = signedInProcedure
  .input(revokeQualificationInput)
  .mutation(async ({ ctx, input }): Promise<{ ok: true }> => {
    const tool = await managedTool(ctx.tx, ctx.viewer, input.toolId);
    if (!(await deleteToolQualification(ctx.tx, tool.id, input.id))) throw new DomainError('not_found');
    return { ok: true };
  });
