import {
  findActivity,
  listActivitySessions,
  setActivityStatus,
} from '@rf/db/catalogue/publishing.repository';
import { setActivityStatusInput } from '@rf/domain/catalogue/publishing.schema';
import { DomainError } from '@rf/domain/errors';
import { signedInProcedure } from '../../trpc.ts';
import { fieldError } from '../directory-admin/field-error.ts';
import { assertMayPublishFor } from './access.ts';

/**
 * Publishes (residents can see and book it) or takes back to draft. Publishing needs an upcoming session;
 * the themes the database requires of a published activity are required by the form already.
 */
export const setStatus = signedInProcedure
  .input(setActivityStatusInput)
  .mutation(async ({ ctx, input }): Promise<{ status: 'draft' | 'published' }> => {
    const found = await findActivity(ctx.tx, input.activityId);
    if (!found) throw new DomainError('not_found');
    assertMayPublishFor(ctx.viewer, found.placeId);
    if (input.status === 'published') {
      const now = Date.now();
      const sessions = await listActivitySessions(ctx.tx, found.id);
      if (!sessions.some((s) => s.status === 'scheduled' && new Date(s.startsAt).getTime() > now))
        throw fieldError('status', 'publishing.validation.publish_needs_session');
    }
    if (!(await setActivityStatus(ctx.tx, found.id, input.status))) throw new DomainError('not_found');
    return { status: input.status };
  });
