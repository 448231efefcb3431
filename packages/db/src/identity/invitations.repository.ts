import { sql } from 'kysely';
import type { Tx } from '../rls.ts';

export type InvitationRole = 'member' | 'manager' | 'network_admin' | 'observer';

export interface NewInvitation {
  email: string;
  placeId: string | null;
  role: InvitationRole;
  tokenHash: string;
  validityDays: number;
}

const isNetworkRole = (role: InvitationRole) => role === 'network_admin' || role === 'observer';

/**
 * Records an invitation, or renews the pending one for the same person and place (new token, new expiry),
 * so inviting twice — or a double click — leaves one live invitation whose latest link works.
 */
export async function saveInvitation(tx: Tx, invitation: NewInvitation): Promise<{ id: string }> {
  const placeRole = isNetworkRole(invitation.role) ? null : (invitation.role as 'member' | 'manager');
  const networkRole = isNetworkRole(invitation.role)
    ? (invitation.role as 'network_admin' | 'observer')
    : null;
  const expiresAt = sql<string>`now() + make_interval(days => ${invitation.validityDays})`;
  return tx
    .insertInto('invitations')
    .values({
      email: invitation.email,
      place_id: invitation.placeId,
      place_role: placeRole,
      network_role: networkRole,
      token_hash: invitation.tokenHash,
      expires_at: expiresAt,
    })
    .onConflict((oc) =>
      oc
        .columns(['email', 'place_id'])
        .where('accepted_at', 'is', null)
        .where('revoked_at', 'is', null)
        .doUpdateSet({
          token_hash: invitation.tokenHash,
          place_role: placeRole,
          network_role: networkRole,
          expires_at: expiresAt,
          invited_by: sql<string>`auth.uid()`,
        }),
    )
    .returning('id')
    .executeTakeFirstOrThrow();
}

export interface InvitationView {
  id: string;
  email: string;
  placeId: string | null;
  placeName: string | null;
  role: InvitationRole;
  inviterName: string | null;
  expiresAt: string;
}

function pendingInvitations(tx: Tx) {
  return tx
    .selectFrom('invitations as i')
    .leftJoin('places as p', 'p.id', 'i.place_id')
    .leftJoin('profiles as inviter', 'inviter.id', 'i.invited_by')
    .select([
      'i.id',
      'i.email',
      'i.place_id',
      'p.name as place_name',
      'i.place_role',
      'i.network_role',
      'inviter.display_name as inviter_name',
      'i.expires_at',
    ])
    .where('i.accepted_at', 'is', null)
    .where('i.revoked_at', 'is', null)
    .where('i.expires_at', '>', sql<string>`now()`);
}

type PendingRow = Awaited<ReturnType<ReturnType<typeof pendingInvitations>['execute']>>[number];

function toView(row: PendingRow): InvitationView {
  return {
    id: row.id,
    email: row.email,
    placeId: row.place_id,
    placeName: row.place_name,
    role: (row.network_role ?? row.place_role ?? 'member') as InvitationRole,
    inviterName: row.inviter_name,
    expiresAt: row.expires_at,
  };
}

/** A live invitation by the hash of its link's token (the service role: the invited person has no rights yet). */
export async function findPendingInvitation(tx: Tx, tokenHash: string): Promise<InvitationView | null> {
  const row = await pendingInvitations(tx).where('i.token_hash', '=', tokenHash).executeTakeFirst();
  return row ? toView(row) : null;
}

/** Pending invitations the viewer may see (RLS: managers of the place, network admins). */
export async function listPendingInvitations(tx: Tx): Promise<InvitationView[]> {
  const rows = await pendingInvitations(tx).orderBy('i.created_at', 'desc').limit(100).execute();
  return rows.map(toView);
}

/** Gives the invited person their role and closes the invitation, in the caller's transaction. */
export async function acceptInvitation(tx: Tx, invitation: InvitationView, userId: string): Promise<void> {
  if (invitation.role === 'network_admin' || invitation.role === 'observer') {
    await tx
      .updateTable('profiles')
      .set({ network_role: invitation.role })
      .where('id', '=', userId)
      .execute();
  } else if (invitation.placeId) {
    await tx
      .insertInto('place_memberships')
      .values({ place_id: invitation.placeId, user_id: userId, role: invitation.role })
      .onConflict((oc) =>
        oc.columns(['place_id', 'user_id']).doUpdateSet({ role: invitation.role as 'member' }),
      )
      .execute();
  }
  await tx
    .updateTable('invitations')
    .set({ accepted_at: sql<string>`now()`, accepted_by: userId })
    .where('id', '=', invitation.id)
    .execute();
}

/** The account of an address, through the profile every account gets (readable by the service role). */
export async function findProfileIdByEmail(tx: Tx, email: string): Promise<string | null> {
  const row = await tx
    .selectFrom('profiles')
    .select('id')
    .where('email', '=', email.toLowerCase())
    .executeTakeFirst();
  return row?.id ?? null;
}
