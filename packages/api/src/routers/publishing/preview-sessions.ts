import { sessionPlanInput } from '@rf/domain/catalogue/publishing.schema';
import { signedInProcedure } from '../../trpc.ts';
import { planSessions } from './plan.server.ts';
import type { SessionPreviewDto } from './publishing.dto.ts';

/** What a plan would create, before anything is saved ("Aperçu : 8 séances du … au …"). */
export const previewSessions = signedInProcedure
  .input(sessionPlanInput)
  .query(async ({ ctx, input }): Promise<SessionPreviewDto> => {
    const { occurrences, rrule } = await planSessions(ctx.tx, ctx.viewer, input);
    return {
      sessions: occurrences.map(({ date, startsAt, endsAt, alreadyPlanned }) => ({
        date,
        startsAt,
        endsAt,
        alreadyPlanned,
      })),
      first: occurrences[0]?.startsAt ?? null,
      last: occurrences.at(-1)?.startsAt ?? null,
      rrule,
    };
  });
