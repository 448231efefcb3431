import { removeMembership } from '@rf/db/identity/people.repository';
import { DomainError } from '@rf/domain/errors';
import { placeAccessInput } from '@rf/domain/identity/people.schema';
import { signedInProcedure } from '../../trpc.ts';
import { keepingAPlaceManager } from './last-manager.ts';

/**
 * Takes someone off a place's team. Roles are read from the database on every request, so their next
 * request already runs without this place. RLS limits it to the place's managers and network admins; the
 * database keeps a place's last manager unless a network admin removes them.
 */
export const removeFromPlace = signedInProcedure.input(placeAccessInput).mutation(async ({ ctx, input }) => {
  if (!(await keepingAPlaceManager(() => removeMembership(ctx.tx, input))))
    throw new DomainError('not_found');
  return { ok: true as const };
});
