import { searchVisibleContent } from '@rf/db/programme/moderation.repository';
import { moderationSearchInput } from '@rf/domain/programme/moderation.schema';
import { networkAdminProcedure } from '../../trpc.ts';

/** Published content of one kind, by title, that a network admin may hide. */
export const moderationSearch = networkAdminProcedure
  .input(moderationSearchInput)
  .query(async ({ ctx, input }) => ({
    items: await searchVisibleContent(ctx.tx, input.kind, input.query),
  }));
