import type { Membership, NetworkRole, PlaceRole, Viewer } from '@rf/domain/identity/roles';
import type { Tx } from '../rls.ts';

/** The signed-in person, read through RLS (a person can always read their own profile and memberships). */
export async function findViewer(tx: Tx, userId: string): Promise<Viewer | null> {
  const profile = await tx
    .selectFrom('profiles')
    .select(['id', 'email', 'display_name', 'network_role'])
    .where('id', '=', userId)
    .executeTakeFirst();
  if (!profile) return null;
  const memberships = await tx
    .selectFrom('place_memberships as m')
    .innerJoin('places as p', 'p.id', 'm.place_id')
    .select(['m.place_id', 'm.role', 'p.name'])
    .where('m.user_id', '=', userId)
    .orderBy('p.name')
    .execute();
  return {
    userId: profile.id,
    email: profile.email ?? '',
    displayName: profile.display_name,
    networkRole: profile.network_role as NetworkRole | null,
    memberships: memberships.map(
      (m): Membership => ({ placeId: m.place_id, placeName: m.name, role: m.role as PlaceRole }),
    ),
  };
}
