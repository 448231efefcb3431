import { hideContent as hide } from '@rf/db/programme/moderation.repository';
import { DomainError } from '@rf/domain/errors';
import { hideContentInput } from '@rf/domain/programme/moderation.schema';
import { networkAdminProcedure } from '../../trpc.ts';

/** Moderation: hides published content from the public with a reason its owner will read (audited). */
export const hideContent = networkAdminProcedure.input(hideContentInput).mutation(async ({ ctx, input }) => {
  if (!(await hide(ctx.tx, input.kind, input.id, input.reason))) throw new DomainError('not_found');
  return { id: input.id };
});
