import { listSourcesToComplete } from '@rf/db/reporting/records.repository';
import { activityRecordPlaceInput, prefillIsComplete } from '@rf/domain/reporting/records';
import { signedInProcedure } from '../../trpc.ts';
import type { SourceToCompleteDto } from './records.dto.ts';
import { placeForRecords } from './records-access.server.ts';
import { prefillRecord } from './records-prefill.server.ts';

/** At most this many sources are listed (the oldest wait their turn): a page, not a backlog. */
const LIMIT = 30;

/** The place's attended sessions and seen appointments no record comes from yet, each with its pre-filled record. */
export const recordsToComplete = signedInProcedure
  .input(activityRecordPlaceInput)
  .query(async ({ ctx, input }): Promise<SourceToCompleteDto[]> => {
    await placeForRecords(ctx.tx, ctx.viewer, input.placeId);
    const sources = await listSourcesToComplete(ctx.tx, input.placeId, LIMIT);
    const items: SourceToCompleteDto[] = [];
    for (const source of sources) {
      const prefill = await prefillRecord(
        ctx.tx,
        ctx.viewer,
        source.source === 'session' ? { sessionId: source.sourceId } : { appointmentId: source.sourceId },
      );
      items.push({ ...source, prefill, complete: prefillIsComplete(prefill) });
    }
    return items;
  });
