// A fabrique's coordination activities, read and written through RLS as the signed-in person: the
// fabrique's team reads them, its managers and network admins write them; a trigger refuses a place that
// is not a fabrique (`private.ensure_fabrique`).
import type { CoordinationActivityInput } from '@rf/domain/reporting/coordination';
import { sql } from 'kysely';
import type { Tx } from '../rls.ts';

type Fields = Omit<CoordinationActivityInput, 'placeId'>;

export interface CoordinationActivityRow extends Fields {
  id: string;
  placeId: string;
}

const columns = (a: Fields) => ({
  kind: a.kind,
  type_animation: a.typeAnimation,
  type_evenement: a.typeEvenement,
  nature_partenariat: a.naturePartenariat,
  date: a.date,
  duration_minutes: a.durationMinutes,
  participants: a.participants,
  title: a.title,
  notes: a.notes,
});

const selection = [
  'id',
  'place_id as placeId',
  'kind',
  'type_animation as typeAnimation',
  'type_evenement as typeEvenement',
  'nature_partenariat as naturePartenariat',
  'date',
  'duration_minutes as durationMinutes',
  'participants',
  'title',
  'notes',
] as const;

/** A fabrique's coordination activities, newest first. */
export function listCoordinationActivities(tx: Tx, placeId: string): Promise<CoordinationActivityRow[]> {
  return tx
    .selectFrom('coordination_activities')
    .select(selection)
    .where('place_id', '=', placeId)
    .orderBy('date', 'desc')
    .orderBy('created_at', 'desc')
    .limit(200)
    .execute();
}

export function findCoordinationActivity(tx: Tx, id: string): Promise<CoordinationActivityRow | undefined> {
  return tx.selectFrom('coordination_activities').select(selection).where('id', '=', id).executeTakeFirst();
}

export async function insertCoordinationActivity(
  tx: Tx,
  activity: CoordinationActivityInput,
): Promise<string> {
  const row = await tx
    .insertInto('coordination_activities')
    .values({ place_id: activity.placeId, ...columns(activity) })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateCoordinationActivity(tx: Tx, id: string, activity: Fields): Promise<number> {
  const result = await tx
    .updateTable('coordination_activities')
    .set(columns(activity))
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export async function deleteCoordinationActivity(tx: Tx, id: string): Promise<number> {
  const result = await tx.deleteFrom('coordination_activities').where('id', '=', id).executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** Which of the given places are fabriques (or every fabrique for `undefined`), by name. */
export async function listFabriqueOptions(
  tx: Tx,
  ids: string[] | undefined,
): Promise<{ id: string; name: string }[]> {
  if (ids && ids.length === 0) return [];
  let query = tx
    .selectFrom('places as p')
    .select(['p.id', 'p.name'])
    .where('p.status', '<>', 'archived')
    .where(sql<boolean>`private.is_fabrique(p.id)`)
    .orderBy('p.name');
  if (ids) query = query.where('p.id', 'in', ids);
  return query.execute();
}
