import { sql } from 'kysely';
import type { Tx } from '../rls.ts';

export interface PersonRow {
  id: string;
  email: string | null;
  displayName: string;
  networkRole: 'network_admin' | 'observer' | null;
  placeCount: number;
}

export interface PersonPlace {
  placeId: string;
  placeName: string;
  role: 'member' | 'manager';
}

export interface PersonDetail extends Omit<PersonRow, 'placeCount'> {
  places: PersonPlace[];
}

/** People RLS lets the viewer see, by name or e-mail, alphabetically, one page at a time. */
export async function listPeople(
  tx: Tx,
  { query, limit, offset }: { query: string; limit: number; offset: number },
): Promise<{ total: number; items: PersonRow[] }> {
  const pattern = `%${query.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const base = tx
    .selectFrom('profiles as p')
    .$if(query !== '', (qb) =>
      qb.where((eb) => eb.or([eb('p.display_name', 'ilike', pattern), eb('p.email', 'ilike', pattern)])),
    );
  const count = await base.select(sql<number>`count(*)::int`.as('count')).executeTakeFirstOrThrow();
  const rows = await base
    .select([
      'p.id',
      'p.email',
      'p.display_name',
      'p.network_role',
      sql<number>`(select count(*)::int from public.place_memberships m where m.user_id = p.id)`.as(
        'place_count',
      ),
    ])
    .orderBy('p.display_name')
    .orderBy('p.id')
    .limit(limit)
    .offset(offset)
    .execute();
  return {
    total: count.count,
    items: rows.map((row) => ({
      id: row.id,
      email: row.email,
      displayName: row.display_name,
      networkRole: row.network_role,
      placeCount: row.place_count,
    })),
  };
}

/** One person with the places they belong to (as far as RLS lets the viewer see). */
export async function findPerson(tx: Tx, id: string): Promise<PersonDetail | null> {
  const person = await tx
    .selectFrom('profiles')
    .select(['id', 'email', 'display_name', 'network_role'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!person) return null;
  const places = await tx
    .selectFrom('place_memberships as m')
    .innerJoin('places as pl', 'pl.id', 'm.place_id')
    .select(['m.place_id', 'pl.name', 'm.role'])
    .where('m.user_id', '=', id)
    .orderBy('pl.name')
    .execute();
  return {
    id: person.id,
    email: person.email,
    displayName: person.display_name,
    networkRole: person.network_role,
    places: places.map((row) => ({ placeId: row.place_id, placeName: row.name, role: row.role })),
  };
}

/** Changes a person's role in a place; false when RLS hides the membership or it does not exist. */
export async function setPlaceRole(
  tx: Tx,
  { userId, placeId, role }: { userId: string; placeId: string; role: 'member' | 'manager' },
): Promise<boolean> {
  const result = await tx
    .updateTable('place_memberships')
    .set({ role })
    .where('user_id', '=', userId)
    .where('place_id', '=', placeId)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Removes a person from a place's team; false when RLS hides the membership or it does not exist. */
export async function removeMembership(
  tx: Tx,
  { userId, placeId }: { userId: string; placeId: string },
): Promise<boolean> {
  const result = await tx
    .deleteFrom('place_memberships')
    .where('user_id', '=', userId)
    .where('place_id', '=', placeId)
    .executeTakeFirst();
  return result.numDeletedRows > 0n;
}

/** Takes away a person's network role; the database refuses it for the last network admin. */
export async function removeNetworkRole(tx: Tx, userId: string): Promise<boolean> {
  const result = await tx
    .updateTable('profiles')
    .set({ network_role: null })
    .where('id', '=', userId)
    .where('network_role', 'is not', null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}
