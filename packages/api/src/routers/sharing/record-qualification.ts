import { findProfileIdByEmail } from '@rf/db/identity/invitations.repository';
import { withServiceRole } from '@rf/db/service';
import { upsertToolQualification } from '@rf/db/sharing/qualifications.repository';
import { qualificationPeriod, recordQualificationInput } from '@rf/domain/sharing/qualification';
import { signedInProcedure } from '../../trpc.ts';
import { fieldError } from '../directory-admin/field-error.ts';
import { managedTool } from './qualifications.server.ts';

/**
 * Records by hand that a person (found by the e-mail of their account) may use a tool: a training done
 * elsewhere, an experienced maker. The account look-up needs the service role (profiles are private);
 * it runs only after the viewer is known to manage the tool, and the write itself goes through RLS.
 */
export const recordQualification = signedInProcedure
  .input(recordQualificationInput)
  .mutation(async ({ ctx, input }): Promise<{ id: string }> => {
    const tool = await managedTool(ctx.tx, ctx.viewer, input.toolId);
    const userId = await withServiceRole(ctx.services.db, 'qualification: account by e-mail', (tx) =>
      findProfileIdByEmail(tx, input.email),
    );
    if (!userId) throw fieldError('email', 'validation.sharing.no_account');
    const id = await upsertToolQualification(ctx.tx, {
      toolId: tool.id,
      placeId: tool.placeId,
      userId,
      ...qualificationPeriod(input),
    });
    return { id };
  });
