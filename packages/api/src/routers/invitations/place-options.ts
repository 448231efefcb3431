import { listPlaceOptions } from '@rf/db/directory/place-options.repository';
import { managedPlaceIds } from '@rf/domain/identity/roles';
import { signedInProcedure } from '../../trpc.ts';

/** The places the viewer may invite to: all for a network admin, their own for a manager. */
export const placeOptions = signedInProcedure.query(({ ctx }) =>
  listPlaceOptions(
    ctx.tx,
    ctx.viewer.networkRole === 'network_admin' ? undefined : managedPlaceIds(ctx.viewer),
  ),
);
