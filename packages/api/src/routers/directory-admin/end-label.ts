import { endPlaceLabel } from '@rf/db/directory/place-admin.repository';
import { endLabelInput } from '@rf/domain/directory/place-admin.schema';
import { DomainError } from '@rf/domain/errors';
import { networkAdminProcedure } from '../../trpc.ts';
import { fieldError } from './field-error.ts';

/** Ends a label of a place on a date (not before it was granted: the database checks it too). */
export const endLabel = networkAdminProcedure.input(endLabelInput).mutation(async ({ ctx, input }) => {
  try {
    if (!(await endPlaceLabel(ctx.tx, input.placeId, input.placeLabelId, input.endsOn)))
      throw new DomainError('not_found');
  } catch (error) {
    if ((error as { code?: unknown }).code === '23514')
      throw fieldError('endsOn', 'validation.place_admin.ends_before_granted');
    throw error;
  }
  return { id: input.placeLabelId };
});
