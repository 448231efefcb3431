import { findRecordOfSource, insertActivityRecord } from '@rf/db/reporting/records.repository';
import { DomainError } from '@rf/domain/errors';
import { activityRecordPrefillInput, prefillIsComplete } from '@rf/domain/reporting/records';
import { signedInProcedure } from '../../trpc.ts';
import type { ActivityRecordCreatedDto } from './records.dto.ts';
import { prefillRecord } from './records-prefill.server.ts';
import { assertPeriodsOpen } from './records-write.server.ts';

/**
 * "Enregistrer" in the list of what is to complete: saves the pre-filled record as it is, computed again
 * here from the attendance (the page sends only the source). Idempotent as `recordsCreate`.
 */
export const recordsCreateFromSource = signedInProcedure
  .input(activityRecordPrefillInput)
  .mutation(async ({ ctx, input }): Promise<ActivityRecordCreatedDto> => {
    const record = await prefillRecord(ctx.tx, ctx.viewer, input);
    if (!prefillIsComplete(record)) throw new DomainError('invalid_input', { reason: 'incomplete' });
    await assertPeriodsOpen(ctx.tx, record.placeId, record.date);
    const id = await insertActivityRecord(ctx.tx, record);
    if (id) return { id, outcome: 'created' };
    const existing = await findRecordOfSource(ctx.tx, record);
    if (!existing) throw new DomainError('conflict');
    return { id: existing, outcome: 'existing' };
  });
