import type { MergeFacts, MergeSide, ReferenceCount } from '@rf/domain/directory/place-merge';
import { sql } from 'kysely';
import type { Tx } from '../rls.ts';

/** What the merge rule reads about two places, or null when one of them is not visible. */
export async function findMergeFacts(
  tx: Tx,
  duplicateId: string,
  keptId: string,
): Promise<MergeFacts | null> {
  const sides = await tx
    .selectFrom('places')
    .select(['id', 'status', 'merged_into_id'])
    .where('id', 'in', [duplicateId, keptId])
    .execute();
  const side = (id: string): MergeSide | null => {
    const row = sides.find((s) => s.id === id);
    return row ? { id: row.id, status: row.status, mergedIntoId: row.merged_into_id } : null;
  };
  const duplicate = side(duplicateId);
  const kept = side(keptId);
  if (!duplicate || !kept) return null;
  const counts = await sql<{ loans: number; reports: number }>`
    select
      (select count(*)::int from public.loans l
        where (l.lender_place_id = ${duplicateId} and l.borrower_place_id = ${keptId})
           or (l.lender_place_id = ${keptId} and l.borrower_place_id = ${duplicateId})) as loans,
      (select count(*)::int from public.reports d join public.reports k
          on k.period = d.period and k.period_start = d.period_start
        where d.place_id = ${duplicateId} and k.place_id = ${keptId}) as reports`.execute(tx);
  const row = counts.rows[0];
  return { duplicate, kept, loansBetween: row?.loans ?? 0, reportPeriodsInBoth: row?.reports ?? 0 };
}

/** Rows pointing to a place, per place-valued column of the database (network admins only). */
export async function countPlaceReferences(tx: Tx, placeId: string): Promise<ReferenceCount[]> {
  const result = await sql<{ table_name: string; column_name: string; n: string | number }>`
    select table_name, column_name, n from private.place_reference_counts(${placeId})`.execute(tx);
  return result.rows.map((r) => ({ table: r.table_name, column: r.column_name, n: Number(r.n) }));
}

/** Runs the merge in the database (one transaction with the caller's); 'already_merged' changes nothing. */
export async function mergePlaces(
  tx: Tx,
  duplicateId: string,
  keptId: string,
): Promise<'merged' | 'already_merged'> {
  const result = await sql<{ outcome: 'merged' | 'already_merged' }>`
    select private.merge_places(${duplicateId}, ${keptId}) as outcome`.execute(tx);
  return result.rows[0]?.outcome ?? 'merged';
}

/** The public slug a merged place's old slug leads to, or null. */
export async function findMergedPlaceSlug(tx: Tx, slug: string): Promise<string | null> {
  const result = await sql<{
    slug: string | null;
  }>`select private.merged_place_slug(${slug}) as slug`.execute(tx);
  return result.rows[0]?.slug ?? null;
}

/** Places a duplicate may be merged into, by name (accent-free): not archived, not merged, not itself. */
export async function searchMergeTargets(
  tx: Tx,
  placeId: string,
  q: string,
  limit: number,
): Promise<{ id: string; name: string; communeName: string | null; postalCode: string | null }[]> {
  return tx
    .selectFrom('places as p')
    .leftJoin('communes as c', 'c.code', 'p.commune_code')
    .select(['p.id', 'p.name', 'c.name as communeName', 'p.postal_code as postalCode'])
    .where('p.id', '<>', placeId)
    .where('p.status', '<>', 'archived')
    .where('p.merged_into_id', 'is', null)
    .where(sql<boolean>`private.unaccent(lower(p.name)) like '%' || private.unaccent(lower(${q})) || '%'`)
    .orderBy('p.name')
    .orderBy('p.id')
    .limit(limit)
    .execute();
}

/** The place a merged place now lives in (for the admin page of an archived duplicate). */
export async function findMergedInto(tx: Tx, placeId: string): Promise<{ id: string; name: string } | null> {
  const row = await tx
    .selectFrom('places as d')
    .innerJoin('places as k', 'k.id', 'd.merged_into_id')
    .select(['k.id', 'k.name'])
    .where('d.id', '=', placeId)
    .executeTakeFirst();
  return row ?? null;
}
