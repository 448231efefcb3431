import { hubFacts, setPlaceHub } from '@rf/db/directory/place-admin.repository';
import { hubMembershipProblem } from '@rf/domain/directory/hub-membership';
import { setHubInput } from '@rf/domain/directory/place-admin.schema';
import { DomainError } from '@rf/domain/errors';
import { networkAdminProcedure } from '../../trpc.ts';
import { fieldError } from './field-error.ts';

/** Sets (or clears) the fabrique whose hub a place belongs to; only a fabrique leads a hub. */
export const setHub = networkAdminProcedure.input(setHubInput).mutation(async ({ ctx, input }) => {
  if (input.hubFabriqueId) {
    const facts = await hubFacts(ctx.tx, input.placeId, input.hubFabriqueId);
    if (!facts) throw new DomainError('not_found');
    const problem = hubMembershipProblem({ placeId: input.placeId, hubId: input.hubFabriqueId, ...facts });
    if (problem) throw fieldError('hubFabriqueId', problem);
  }
  if (!(await setPlaceHub(ctx.tx, input.placeId, input.hubFabriqueId))) throw new DomainError('not_found');
  return { id: input.placeId, hubFabriqueId: input.hubFabriqueId };
});
