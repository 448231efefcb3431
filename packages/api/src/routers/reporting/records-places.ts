import { listPlaceOptions } from '@rf/db/directory/place-options.repository';
import { DomainError } from '@rf/domain/errors';
import { recordingPlaceIds } from '@rf/domain/reporting/records';
import { signedInProcedure } from '../../trpc.ts';

/** The places whose activity the viewer records: theirs, or every place for a network admin. */
export const recordsPlaces = signedInProcedure.query(({ ctx }) => {
  const ids = recordingPlaceIds(ctx.viewer);
  if (ids && ids.length === 0) throw new DomainError('forbidden');
  return listPlaceOptions(ctx.tx, ids);
});
