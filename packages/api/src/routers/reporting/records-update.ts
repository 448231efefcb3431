import { findActivityRecord, updateActivityRecord } from '@rf/db/reporting/records.repository';
import { DomainError } from '@rf/domain/errors';
import { activityRecordUpdateInput } from '@rf/domain/reporting/records';
import { signedInProcedure } from '../../trpc.ts';
import { fieldError } from '../directory-admin/field-error.ts';
import { assertPeriodsOpen, communeOf } from './records-write.server.ts';

/** Changes a record's fields (its place and source stay); RLS decides who may. */
export const recordsUpdate = signedInProcedure
  .input(activityRecordUpdateInput)
  .mutation(async ({ ctx, input }): Promise<{ id: string }> => {
    const current = await findActivityRecord(ctx.tx, input.id);
    if (!current) throw new DomainError('not_found');
    if (current.sessionId && input.type !== 'collectif')
      throw fieldError('type', 'validation.activity_record.session_is_collective');
    if (current.appointmentId && input.type !== 'individuel')
      throw fieldError('type', 'validation.activity_record.appointment_is_individual');
    await assertPeriodsOpen(ctx.tx, current.placeId, current.date, input.date);
    const { id, ...fields } = input;
    const updated = await updateActivityRecord(ctx.tx, id, {
      ...fields,
      communeCode: await communeOf(ctx.tx, fields.communeCode),
    });
    if (updated === 0) throw new DomainError('forbidden');
    return { id };
  });
