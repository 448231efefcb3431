import { removeNetworkRole as clearNetworkRole } from '@rf/db/identity/people.repository';
import { DomainError } from '@rf/domain/errors';
import { personInput } from '@rf/domain/identity/people.schema';
import { networkAdminProcedure } from '../../trpc.ts';

// Raised by the trigger private.keep_a_network_admin (identity migration); its SQLSTATE 42501 is shared
// with RLS refusals, so the message tells this case apart.
const lastAdminMessage = 'the last network admin cannot be removed';

/** Removes someone from the network team (admin or observer); never the last network admin. */
export const removeNetworkRole = networkAdminProcedure.input(personInput).mutation(async ({ ctx, input }) => {
  try {
    if (!(await clearNetworkRole(ctx.tx, input.userId))) throw new DomainError('not_found');
  } catch (error) {
    if (error instanceof Error && error.message === lastAdminMessage)
      throw new DomainError('last_network_admin');
    throw error;
  }
  return { ok: true as const };
});
