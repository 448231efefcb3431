import type { Tx } from '../rls.ts';

export interface TeamMember {
  userId: string;
  displayName: string;
  email: string | null;
  role: 'member' | 'manager';
}

export interface Team {
  placeId: string;
  placeName: string;
  members: TeamMember[];
}

/** The teams of the given places as RLS shows them (a place's team sees its teammates), by name. */
export async function listTeams(tx: Tx, placeIds: readonly string[]): Promise<Team[]> {
  if (placeIds.length === 0) return [];
  const [places, members] = await Promise.all([
    tx.selectFrom('places').select(['id', 'name']).where('id', 'in', placeIds).orderBy('name').execute(),
    tx
      .selectFrom('place_memberships as m')
      .innerJoin('profiles as p', 'p.id', 'm.user_id')
      .select(['m.place_id', 'm.user_id', 'p.display_name', 'p.email', 'm.role'])
      .where('m.place_id', 'in', placeIds)
      .orderBy('m.role', 'desc')
      .orderBy('p.display_name')
      .execute(),
  ]);
  return places.map((place) => ({
    placeId: place.id,
    placeName: place.name,
    members: members
      .filter((m) => m.place_id === place.id)
      .map((m) => ({ userId: m.user_id, displayName: m.display_name, email: m.email, role: m.role })),
  }));
}
