import { hashLinkToken } from '@rf/auth';
import type { Db } from '@rf/db';
import { findPendingInvitation, type InvitationView } from '@rf/db/identity/invitations.repository';
import { withServiceRole } from '@rf/db/service';
import { DomainError } from '@rf/domain/errors';

/** The invited person has no rights yet: the invitation is found by its token, with the service role. */
export async function pendingInvitationByToken(db: Db, token: string): Promise<InvitationView> {
  const invitation = await withServiceRole(db, 'invitation look-up', (tx) =>
    findPendingInvitation(tx, hashLinkToken(token)),
  );
  if (!invitation) throw new DomainError('invitation_invalid');
  return invitation;
}
