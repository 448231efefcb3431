import { hidePlace as hide } from '@rf/db/directory/place-admin.repository';
import { hidePlaceInput } from '@rf/domain/directory/place-admin.schema';
import { DomainError } from '@rf/domain/errors';
import { networkAdminProcedure } from '../../trpc.ts';

/** Moderation: hides a place from the public with a reason (audited by the database). */
export const hidePlace = networkAdminProcedure.input(hidePlaceInput).mutation(async ({ ctx, input }) => {
  if (!(await hide(ctx.tx, input.placeId, input.reason))) throw new DomainError('not_found');
  return { id: input.placeId };
});
