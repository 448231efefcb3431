import { listActivityRecords } from '@rf/db/reporting/records.repository';
import { ACTIVITY_RECORDS_PAGE_SIZE, activityRecordListInput } from '@rf/domain/reporting/records';
import { signedInProcedure } from '../../trpc.ts';
import type { ActivityRecordListDto } from './records.dto.ts';
import { placeForRecords } from './records-access.server.ts';

/** A place's records over a period, of one type or both, newest first, by pages (RLS: what the viewer may see). */
export const recordsList = signedInProcedure
  .input(activityRecordListInput)
  .query(async ({ ctx, input }): Promise<ActivityRecordListDto> => {
    const place = await placeForRecords(ctx.tx, ctx.viewer, input.placeId);
    const { rows, total } = await listActivityRecords(ctx.tx, {
      ...input,
      limit: ACTIVITY_RECORDS_PAGE_SIZE,
      offset: (input.page - 1) * ACTIVITY_RECORDS_PAGE_SIZE,
    });
    return {
      place,
      records: rows,
      total,
      page: input.page,
      pages: Math.max(1, Math.ceil(total / ACTIVITY_RECORDS_PAGE_SIZE)),
    };
  });
