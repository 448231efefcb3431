import { findProfileIdByEmail } from '@rf/db/identity/invitations.repository';
import { withServiceRole } from '@rf/db/service';
import { upsertToolQualification } from '@rf/db/sharing/qualifications.repository';
import { qualificationPeriod, recordQualificationInput } from '@rf/domain/sharing/qualification';
import { signedInProcedure } from '../../trpc.ts';
import { fieldError } from '../directory-admin/field-error.ts';
import { managedTool } from './qualifications.server.ts';

/**
 * Records by hand that a person (found by the e-mail of their account) may use a tool: a training done
 * elsewhere, an experienced maker. The account look-up needs the service role (profiles are private), and
 * so does the write (clients may not write qualifications: decision 031); both run only after the viewer
 * is known to manage the tool, and the qualification is for an account the manager named by its address.
 */
export const recordQualification = signedInProcedure
  .input(recordQualificationInput)
  .mutation(async ({ ctx, input }): Promise<{ id: string }> => {
    const tool = await managedTool(ctx.tx, ctx.viewer, input.toolId);
    const grantedBy = ctx.viewer.userId;
    const id = await withServiceRole(ctx.services.db, 'qualification by hand', async (tx) => {
      const userId = await findProfileIdByEmail(tx, input.email);
      if (!userId) throw fieldError('email', 'validation.sharing.no_account');
      return upsertToolQualification(tx, {
        toolId: tool.id,
        placeId: tool.placeId,
        userId,
        grantedBy,
        ...qualificationPeriod(input),
      });
    });
    return { id };
  });
