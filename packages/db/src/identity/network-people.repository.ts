import { sql } from 'kysely';
import type { Tx } from '../rls.ts';

/** People who belong to at least one place, as RLS lets the viewer see memberships. */
export async function countPlaceMembers(tx: Tx): Promise<number> {
  const row = await tx
    .selectFrom('place_memberships')
    .select(sql<number>`count(distinct user_id)::int`.as('count'))
    .executeTakeFirstOrThrow();
  return row.count;
}

export interface PendingInvitation {
  id: string;
  email: string;
  placeName: string | null;
  role: 'member' | 'manager' | 'network_admin' | 'observer';
  expiresAt: string;
}

const pending = (now: string) =>
  sql<boolean>`(i.accepted_at is null and i.revoked_at is null and i.expires_at > ${now})`;

/** Invitations neither accepted, revoked nor expired, the latest first, with how many there are. */
export async function listPendingInvitations(
  tx: Tx,
  { now, limit }: { now: string; limit: number },
): Promise<{ total: number; items: PendingInvitation[] }> {
  const count = await tx
    .selectFrom('invitations as i')
    .select(sql<number>`count(*)::int`.as('count'))
    .where(pending(now))
    .executeTakeFirstOrThrow();
  const rows = await tx
    .selectFrom('invitations as i')
    .leftJoin('places as p', 'p.id', 'i.place_id')
    .select(['i.id', 'i.email', 'p.name as placeName', 'i.place_role', 'i.network_role', 'i.expires_at'])
    .where(pending(now))
    .orderBy('i.created_at', 'desc')
    .limit(limit)
    .execute();
  return {
    total: count.count,
    items: rows.map((row) => ({
      id: row.id,
      email: row.email,
      placeName: row.placeName,
      role: row.place_role ?? row.network_role ?? 'member',
      expiresAt: row.expires_at,
    })),
  };
}
