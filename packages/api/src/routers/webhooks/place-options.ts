import { webhookPlaceOptions } from '@rf/db/integrations/webhooks.repository';
import { managedPlaceIds } from '@rf/domain/identity/roles';
import { webhooksProcedure } from './webhooks.dto.ts';

/** What a subscription may be for: the network (network admins), or a place the viewer manages. */
export const placeOptions = webhooksProcedure.query(async ({ ctx }) => {
  const isAdmin = ctx.viewer.networkRole === 'network_admin';
  const places = await webhookPlaceOptions(ctx.tx, {
    everyPlace: isAdmin,
    managedPlaceIds: managedPlaceIds(ctx.viewer),
  });
  return { network: isAdmin, places };
});
