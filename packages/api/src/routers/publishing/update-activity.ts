import {
  findActivity,
  listActivitySessions,
  updateActivity as saveActivity,
} from '@rf/db/catalogue/publishing.repository';
import { updateActivityInput } from '@rf/domain/catalogue/publishing.schema';
import { minimumFitsCapacity } from '@rf/domain/catalogue/sessions';
import { DomainError } from '@rf/domain/errors';
import { signedInProcedure } from '../../trpc.ts';
import { fieldError } from '../directory-admin/field-error.ts';
import { assertMayPublishFor } from './access.ts';
import { activityValues } from './publishing.server.ts';

/** Changes an activity's description; a minimum above a scheduled session's capacity is refused. */
export const updateActivity = signedInProcedure
  .input(updateActivityInput)
  .mutation(async ({ ctx, input }): Promise<{ id: string }> => {
    const found = await findActivity(ctx.tx, input.activityId);
    if (!found) throw new DomainError('not_found');
    assertMayPublishFor(ctx.viewer, found.placeId);
    const sessions = await listActivitySessions(ctx.tx, found.id);
    if (
      sessions.some((s) => s.status === 'scheduled' && !minimumFitsCapacity(input.minAttendance, s.capacity))
    )
      throw fieldError('minAttendance', 'publishing.validation.min_above_capacity');
    if (!(await saveActivity(ctx.tx, found.id, activityValues(input)))) throw new DomainError('not_found');
    return { id: found.id };
  });
