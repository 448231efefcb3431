import { listHiddenContent } from '@rf/db/programme/moderation.repository';
import { managedPlaceIds } from '@rf/domain/identity/roles';
import { signedInProcedure } from '../../trpc.ts';

/** What moderation hid in the places the viewer manages, with the reason, for their console. */
export const moderationNotices = signedInProcedure.query(async ({ ctx }) => ({
  items: await listHiddenContent(ctx.tx, managedPlaceIds(ctx.viewer)),
}));
