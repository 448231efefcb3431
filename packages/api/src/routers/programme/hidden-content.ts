import { listHiddenContent } from '@rf/db/programme/moderation.repository';
import { networkAdminProcedure } from '../../trpc.ts';

/** Places, workshops, tools and resources hidden by moderation, with their reasons. */
export const hiddenContent = networkAdminProcedure.query(async ({ ctx }) => ({
  items: await listHiddenContent(ctx.tx),
}));
