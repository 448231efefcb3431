import { listPendingInvitations } from '@rf/db/identity/invitations.repository';
import { listTeams } from '@rf/db/programme/team.repository';
import { managedPlaceIds } from '@rf/domain/identity/roles';
import { signedInProcedure } from '../../trpc.ts';

/**
 * The teams of the places the viewer manages: members, managers and pending invitations (RLS shows a
 * place's managers their own team and invitations only). Empty for someone who manages no place.
 */
export const team = signedInProcedure.query(async ({ ctx }) => {
  const placeIds = managedPlaceIds(ctx.viewer);
  if (placeIds.length === 0) return { teams: [] };
  const [teams, invitations] = await Promise.all([
    listTeams(ctx.tx, placeIds),
    listPendingInvitations(ctx.tx),
  ]);
  return {
    teams: teams.map((t) => ({
      ...t,
      invitations: invitations
        .filter((i) => i.placeId === t.placeId)
        .map((i) => ({ id: i.id, email: i.email, role: i.role, expiresAt: i.expiresAt })),
    })),
  };
});
