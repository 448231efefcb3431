import { listFabriqueOptions } from '@rf/db/reporting/coordination.repository';
import { DomainError } from '@rf/domain/errors';
import { recordingPlaceIds } from '@rf/domain/reporting/records';
import { signedInProcedure } from '../../trpc.ts';

/** The fabriques whose coordination work the viewer sees: theirs, or every fabrique for a network admin. */
export const coordinationPlaces = signedInProcedure.query(({ ctx }) => {
  const ids = recordingPlaceIds(ctx.viewer);
  if (ids && ids.length === 0) throw new DomainError('forbidden');
  return listFabriqueOptions(ctx.tx, ids);
});
