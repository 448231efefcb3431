import { insertSessions, setActivityStatus } from '@rf/db/catalogue/publishing.repository';
import { sessionPlanInput } from '@rf/domain/catalogue/publishing.schema';
import { sessionRow } from '@rf/domain/catalogue/sessions';
import { signedInProcedure } from '../../trpc.ts';
import { planSessions } from './plan.server.ts';

/**
 * Creates the plan's sessions. Submitting the same plan twice adds nothing the second time: a scheduled
 * session is unique per activity and start (the database decides, also between two concurrent submits).
 */
export const addSessions = signedInProcedure
  .input(sessionPlanInput)
  .mutation(async ({ ctx, input }): Promise<{ added: number; skipped: number }> => {
    const { activity, occurrences, rrule } = await planSessions(ctx.tx, ctx.viewer, input);
    const rows = occurrences.map((o) => sessionRow(o, input));
    const added = await insertSessions(ctx.tx, { id: activity.id, placeId: activity.placeId }, rows);
    // The rule is kept as information (sessions are the truth): the latest plan that added sessions.
    if (added > 0) await setActivityStatus(ctx.tx, activity.id, activity.status, rrule);
    return { added, skipped: rows.length - added };
  });
