import { findActivity, listActivitySessions } from '@rf/db/catalogue/publishing.repository';
import { activityIdInput } from '@rf/domain/catalogue/publishing.schema';
import { DomainError } from '@rf/domain/errors';
import { signedInProcedure } from '../../trpc.ts';
import { assertMayPublishFor } from './access.ts';
import type { ActivityDetailsDto } from './publishing.dto.ts';
import { activityFormValues, sessionDto } from './publishing.server.ts';

/** One activity as its organisers see it: its values (for the edit form) and all its sessions. */
export const activity = signedInProcedure
  .input(activityIdInput)
  .query(async ({ ctx, input }): Promise<ActivityDetailsDto> => {
    const found = await findActivity(ctx.tx, input.activityId);
    if (!found) throw new DomainError('not_found');
    assertMayPublishFor(ctx.viewer, found.placeId);
    const now = new Date();
    const sessions = await listActivitySessions(ctx.tx, found.id);
    return {
      id: found.id,
      placeId: found.placeId,
      placeName: found.placeName,
      status: found.status,
      hidden: found.hidden,
      recurrenceRule: found.recurrenceRule,
      minAttendance: found.minAttendance,
      values: activityFormValues(found),
      sessions: sessions.map((session) => sessionDto(session, found, now)),
    };
  });
