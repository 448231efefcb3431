import { findMergeFacts, mergePlaces as merge } from '@rf/db/directory/place-merge.repository';
import { decideMerge, mergePlacesInput } from '@rf/domain/directory/place-merge';
import { DomainError } from '@rf/domain/errors';
import { networkAdminProcedure } from '../../trpc.ts';
import { fieldError } from './field-error.ts';

/**
 * Folds a duplicate place into the place kept, in one transaction (the database function moves every row
 * pointing to the duplicate, archives it with `merged_into_id`; the audit trigger records it). Merging again
 * into the same place is answered as done, changing nothing.
 */
export const mergePlaces = networkAdminProcedure.input(mergePlacesInput).mutation(async ({ ctx, input }) => {
  const facts = await findMergeFacts(ctx.tx, input.duplicateId, input.keptId);
  if (!facts) throw new DomainError('not_found');
  const decision = decideMerge(facts);
  if (decision.kind === 'already_merged') return { keptId: input.keptId, outcome: 'already_merged' as const };
  if (decision.kind === 'blocked')
    throw fieldError('keptId', `validation.place_merge.blocker.${decision.blockers[0] ?? 'same_place'}`);
  const outcome = await merge(ctx.tx, input.duplicateId, input.keptId);
  return { keptId: input.keptId, outcome };
});
