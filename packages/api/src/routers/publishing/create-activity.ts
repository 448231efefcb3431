import { insertActivity } from '@rf/db/catalogue/publishing.repository';
import { createActivityInput } from '@rf/domain/catalogue/publishing.schema';
import { signedInProcedure } from '../../trpc.ts';
import { assertMayPublishFor } from './access.ts';
import { activityValues } from './publishing.server.ts';

/** A new activity, in draft: its sessions are added next, then it is published. */
export const createActivity = signedInProcedure
  .input(createActivityInput)
  .mutation(async ({ ctx, input }): Promise<{ id: string }> => {
    assertMayPublishFor(ctx.viewer, input.placeId);
    const id = await insertActivity(ctx.tx, input.placeId, activityValues(input));
    return { id };
  });
