import { acceptInvitation as attach, findProfileIdByEmail } from '@rf/db/identity/invitations.repository';
import { withServiceRole } from '@rf/db/service';
import { DomainError } from '@rf/domain/errors';
import { acceptInvitationInput, acceptInvitationWithAccountInput } from '@rf/domain/identity/auth.schema';
import { z } from 'zod';
import { selfManagedProcedure } from '../../trpc.ts';
import { homeUrlFor } from '../identity/home-url.ts';
import { pendingInvitationByToken } from './lookup.server.ts';

const input = z.union([acceptInvitationWithAccountInput, acceptInvitationInput]);

/**
 * Accepts an invitation: signed in as the invited address, it only gives the role; otherwise it creates
 * the account (name + password), gives the role and signs the person in. An address that already has an
 * account must sign in first, so nobody takes over someone else's account with an invitation.
 */
export const accept = selfManagedProcedure.input(input).mutation(async ({ ctx, input }) => {
  const { db, auth } = ctx.services;
  const invitation = await pendingInvitationByToken(db, input.token);
  let session = ctx.session;
  if (session) {
    if (session.email !== invitation.email) throw new DomainError('forbidden');
  } else {
    if (!('password' in input)) throw new DomainError('unauthenticated');
    const userId = await auth.createUser(invitation.email, input.password, input.displayName);
    if (!userId) throw new DomainError('email_already_registered');
  }
  await withServiceRole(db, 'invitation acceptance', async (tx) => {
    const userId = session?.userId ?? (await findProfileIdByEmail(tx, invitation.email));
    if (!userId) throw new DomainError('not_found');
    await attach(tx, invitation, userId);
  });
  if (!session && 'password' in input) {
    session = await auth.signInWithPassword(ctx.exchange, invitation.email, input.password);
  }
  if (!session) throw new DomainError('unauthenticated');
  return { redirectTo: await homeUrlFor(ctx, session) };
});
