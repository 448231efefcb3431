import { restoreContent as restore } from '@rf/db/programme/moderation.repository';
import { DomainError } from '@rf/domain/errors';
import { restoreContentInput } from '@rf/domain/programme/moderation.schema';
import { networkAdminProcedure } from '../../trpc.ts';

/** Moderation: shows hidden content again (the database audits it). */
export const restoreContent = networkAdminProcedure
  .input(restoreContentInput)
  .mutation(async ({ ctx, input }) => {
    if (!(await restore(ctx.tx, input.kind, input.id))) throw new DomainError('not_found');
    return { id: input.id };
  });
