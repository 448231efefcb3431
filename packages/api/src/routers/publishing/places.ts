import { listPlaceOptions } from '@rf/db/directory/place-options.repository';
import { DomainError } from '@rf/domain/errors';
import { signedInProcedure } from '../../trpc.ts';
import { mayPublish, publishingPlaceIds } from './access.ts';

/** The places the viewer may publish for: theirs, or all for a network admin. */
export const places = signedInProcedure.query(({ ctx }) => {
  if (!mayPublish(ctx.viewer)) throw new DomainError('forbidden');
  return listPlaceOptions(ctx.tx, publishingPlaceIds(ctx.viewer));
});
