import { findRecordOfSource, insertActivityRecord } from '@rf/db/reporting/records.repository';
import { DomainError } from '@rf/domain/errors';
import { activityRecordInput, canRecordFor } from '@rf/domain/reporting/records';
import { signedInProcedure } from '../../trpc.ts';
import type { ActivityRecordCreatedDto } from './records.dto.ts';
import { assertPeriodsOpen, communeOf } from './records-write.server.ts';

/**
 * Saves a record, typed or pre-filled. Saving twice the record of the same session or appointment (a
 * double click, a second tab) writes it once and answers with the record already there.
 */
export const recordsCreate = signedInProcedure
  .input(activityRecordInput)
  .mutation(async ({ ctx, input }): Promise<ActivityRecordCreatedDto> => {
    if (!canRecordFor(ctx.viewer, input.placeId)) throw new DomainError('forbidden');
    await assertPeriodsOpen(ctx.tx, input.placeId, input.date);
    const record = { ...input, communeCode: await communeOf(ctx.tx, input.communeCode) };
    const id = await insertActivityRecord(ctx.tx, record);
    if (id) return { id, outcome: 'created' };
    const existing = await findRecordOfSource(ctx.tx, record);
    // Written by a teammate the viewer cannot see the records of: say so rather than write a second one.
    if (!existing) throw new DomainError('conflict');
    return { id: existing, outcome: 'existing' };
  });
