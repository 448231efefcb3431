import type { Tx } from '../rls.ts';

export interface PlaceOption {
  id: string;
  name: string;
}

/** Places for a picker, by name; `ids` narrows to those (a manager's own). */
export async function listPlaceOptions(tx: Tx, ids?: string[]): Promise<PlaceOption[]> {
  if (ids && ids.length === 0) return [];
  let query = tx
    .selectFrom('places')
    .select(['id', 'name'])
    .where('status', '<>', 'archived')
    .orderBy('name');
  if (ids) query = query.where('id', 'in', ids);
  return query.execute();
}
