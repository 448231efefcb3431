import { findProfileIdByEmail } from '@rf/db/identity/invitations.repository';
import { withServiceRole } from '@rf/db/service';
import { acceptInvitationInput } from '@rf/domain/identity/auth.schema';
import { selfManagedProcedure } from '../../trpc.ts';
import { pendingInvitationByToken } from './lookup.server.ts';

/** What the invitation page shows before accepting, and which way of accepting applies. */
export const preview = selfManagedProcedure.input(acceptInvitationInput).query(async ({ ctx, input }) => {
  const invitation = await pendingInvitationByToken(ctx.services.db, input.token);
  const hasAccount =
    (await withServiceRole(ctx.services.db, 'invitation look-up', (tx) =>
      findProfileIdByEmail(tx, invitation.email),
    )) !== null;
  const signedInAs = ctx.session?.email ?? null;
  return {
    email: invitation.email,
    placeName: invitation.placeName,
    role: invitation.role,
    inviterName: invitation.inviterName,
    expiresAt: invitation.expiresAt,
    mode: signedInAs
      ? signedInAs === invitation.email
        ? ('accept' as const)
        : ('wrong_account' as const)
      : hasAccount
        ? ('sign_in_first' as const)
        : ('create_account' as const),
  };
});
