import { removeMembership } from '@rf/db/identity/people.repository';
import { DomainError } from '@rf/domain/errors';
import { placeAccessInput } from '@rf/domain/identity/people.schema';
import { signedInProcedure } from '../../trpc.ts';

/**
 * Takes someone off a place's team. Roles are read from the database on every request, so their next
 * request already runs without this place. RLS limits it to the place's managers and network admins.
 */
export const removeFromPlace = signedInProcedure.input(placeAccessInput).mutation(async ({ ctx, input }) => {
  if (!(await removeMembership(ctx.tx, input))) throw new DomainError('not_found');
  return { ok: true as const };
});
