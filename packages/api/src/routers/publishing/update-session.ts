import {
  findActivity,
  findSession,
  updateSession as saveSession,
} from '@rf/db/catalogue/publishing.repository';
import { updateSessionInput } from '@rf/domain/catalogue/publishing.schema';
import { minimumFitsCapacity } from '@rf/domain/catalogue/sessions';
import { DomainError } from '@rf/domain/errors';
import { signedInProcedure } from '../../trpc.ts';
import { fieldError } from '../directory-admin/field-error.ts';
import { assertMayPublishFor } from './access.ts';
import { editedSession } from './publishing.server.ts';

/** Moves or changes one scheduled session; its capacity never drops below the seats already confirmed. */
export const updateSession = signedInProcedure
  .input(updateSessionInput)
  .mutation(async ({ ctx, input }): Promise<{ activityId: string }> => {
    const session = await findSession(ctx.tx, input.sessionId);
    if (!session) throw new DomainError('not_found');
    assertMayPublishFor(ctx.viewer, session.placeId);
    if (session.status === 'cancelled') throw new DomainError('conflict');
    if (input.capacity < session.confirmed)
      throw fieldError('capacity', 'publishing.validation.capacity_below_bookings');
    const activity = await findActivity(ctx.tx, session.activityId);
    if (!minimumFitsCapacity(activity?.minAttendance, input.capacity))
      throw fieldError('capacity', 'publishing.validation.capacity_below_minimum');
    const values = editedSession(input);
    if (new Date(values.startsAt).getTime() <= Date.now())
      throw fieldError('date', 'publishing.validation.first_in_past');
    if (!(await saveSession(ctx.tx, session.id, values))) throw new DomainError('not_found');
    return { activityId: session.activityId };
  });
