import { setPlaceRole as updateRole } from '@rf/db/identity/people.repository';
import { DomainError } from '@rf/domain/errors';
import { placeRoleInput } from '@rf/domain/identity/people.schema';
import { signedInProcedure } from '../../trpc.ts';
import { keepingAPlaceManager } from './last-manager.ts';

/**
 * Makes someone member or manager of a place. RLS decides who may: the place's managers and network
 * admins; anyone else's update touches no row and is told the membership does not exist. A place's own
 * managers cannot demote its last manager (the database refuses).
 */
export const setPlaceRole = signedInProcedure.input(placeRoleInput).mutation(async ({ ctx, input }) => {
  if (!(await keepingAPlaceManager(() => updateRole(ctx.tx, input)))) throw new DomainError('not_found');
  return { ok: true as const };
});
