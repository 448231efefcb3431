import { newLinkToken } from '@rf/auth';
import { findPendingInvitation, saveInvitation } from '@rf/db/identity/invitations.repository';
import { DomainError } from '@rf/domain/errors';
import { invitationInput } from '@rf/domain/identity/auth.schema';
import { canInvite, invitationValidityDays } from '@rf/domain/identity/invitations';
import { invitationChecks } from '@rf/domain/rate-limits/limits';
import { enforceRateLimits } from '../../rate-limits.server.ts';
import { signedInProcedure } from '../../trpc.ts';

/** Invites someone to a place (managers, network admins) or to the network (network admins) by e-mail. */
export const create = signedInProcedure.input(invitationInput).mutation(async ({ ctx, input }) => {
  if (!canInvite(ctx.viewer, { placeId: input.placeId, role: input.role }))
    throw new DomainError('forbidden');
  // Each invitation is an e-mail: limited per inviter and per destination (decision 033).
  await enforceRateLimits(
    ctx,
    'invitation',
    invitationChecks(ctx.viewer.userId, input.email),
    'too_many_emails',
  );
  const { token, hash } = newLinkToken();
  await saveInvitation(ctx.tx, { ...input, tokenHash: hash, validityDays: invitationValidityDays });
  const invitation = await findPendingInvitation(ctx.tx, hash);
  if (!invitation) throw new DomainError('not_found');

  const { t, env, mailer } = ctx.services;
  const link = new URL('/invitation', env.SITE_URL);
  link.searchParams.set('jeton', token);
  const place = invitation.placeName ?? t('invitation.the_network');
  await mailer.send({
    to: invitation.email,
    subject: t('mail.invitation.subject', { place }),
    text: `${t('mail.invitation.body', {
      inviter: ctx.viewer.displayName ?? ctx.viewer.email,
      place,
      role: t(`role.${invitation.role}`),
      days: invitationValidityDays,
      link: link.toString(),
    })}\n\n${t('mail.signature')}`,
  });
  return { id: invitation.id, email: invitation.email, expiresAt: invitation.expiresAt };
});
