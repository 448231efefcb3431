import { listLabelDecisions, listLabelEvents } from '@rf/db/programme/label-history.repository';
import { z } from 'zod';
import { observerProcedure } from '../../trpc.ts';

const labelHistoryInput = z.object({ placeId: z.uuid('validation.invalid') });

/**
 * A place's labelling decisions (network admins, observers) and, for network admins, the journal of who
 * granted, changed or withdrew each label (RLS keeps the journal to them).
 */
export const labelHistory = observerProcedure.input(labelHistoryInput).query(async ({ ctx, input }) => {
  const [decisions, events] = await Promise.all([
    listLabelDecisions(ctx.tx, input.placeId),
    ctx.viewer.networkRole === 'network_admin' ? listLabelEvents(ctx.tx, input.placeId) : [],
  ]);
  return { decisions, events };
});
