import { sql } from 'kysely';
import type { Tx } from '../rls.ts';

// Fresh data (decision 063): "Toujours à jour", the network admins' list of stale places, and what the weekly
// reminder reads and records. `date_maj` is the standard's date of last update, the one the export writes.

/**
 * "Toujours à jour": dates the place's record today. Any update of a place dates it today
 * (`private.touch_place`); RLS lets only the place's managers and network admins through, so another
 * place's manager updates nothing (null). Idempotent: a second click the same day changes nothing more.
 */
export async function confirmPlaceStillCorrect(tx: Tx, placeId: string): Promise<string | null> {
  const row = await tx
    .updateTable('places')
    .set({ date_maj: sql<string>`current_date` })
    .where('id', '=', placeId)
    .where('status', '<>', 'archived')
    .returning(sql<string>`date_maj::text`.as('dateMaj'))
    .executeTakeFirst();
  return row?.dateMaj ?? null;
}

export interface StalePlace {
  id: string;
  name: string;
  status: 'draft' | 'published' | 'archived';
  communeName: string | null;
  dateMaj: string;
}

/** Live places last updated before `freshSince`, the oldest first (network admins, through RLS). */
export async function listStalePlaces(
  tx: Tx,
  filter: { freshSince: string; limit: number; offset: number },
): Promise<{ total: number; items: StalePlace[] }> {
  const query = tx
    .selectFrom('places as p')
    .leftJoin('communes as c', 'c.code', 'p.commune_code')
    .where('p.status', '<>', 'archived')
    .where('p.merged_into_id', 'is', null)
    .where('p.date_maj', '<', filter.freshSince);
  const [count, rows] = await Promise.all([
    query.select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow(),
    query
      .select([
        'p.id',
        'p.name',
        'p.status',
        'c.name as communeName',
        sql<string>`p.date_maj::text`.as('dateMaj'),
      ])
      .orderBy('p.date_maj')
      .orderBy('p.name')
      .orderBy('p.id')
      .limit(filter.limit)
      .offset(filter.offset)
      .execute(),
  ]);
  return { total: count.n, items: rows };
}

export interface PlaceToRemind {
  placeId: string;
  name: string;
  dateMaj: string;
  managers: string[];
}

/**
 * Live places whose record is older than `freshSince`, with managers to tell, not reminded since
 * `remindedBefore` (the 30-day rule). Run as the service role by the `freshness-reminder` job.
 */
export async function listPlacesToRemind(
  tx: Tx,
  { freshSince, remindedBefore, limit }: { freshSince: string; remindedBefore: Date; limit: number },
): Promise<PlaceToRemind[]> {
  const { rows } = await sql<PlaceToRemind>`
    select p.id as "placeId", p.name, p.date_maj::text as "dateMaj",
      array(
        select distinct pr.email from public.profiles pr
        join public.place_memberships m on m.user_id = pr.id
        where m.place_id = p.id and m.role = 'manager' and pr.email is not null
        order by pr.email
      ) as managers
    from public.places p
    where p.status <> 'archived' and p.merged_into_id is null and p.date_maj < ${freshSince}::date
      and exists (select 1 from public.place_memberships m where m.place_id = p.id and m.role = 'manager')
      and not exists (
        select 1 from private.place_freshness_reminders r
        where r.place_id = p.id and r.reminded_at > ${remindedBefore.toISOString()}::timestamptz
      )
    order by p.date_maj, p.id
    limit ${limit}`.execute(tx);
  return rows;
}

/** Remembers that the managers of a place were reminded at `at`, about that `date_maj`. */
export async function recordFreshnessReminder(
  tx: Tx,
  reminder: { placeId: string; dateMaj: string; at: Date },
): Promise<void> {
  await sql`insert into private.place_freshness_reminders (place_id, reminded_at, date_maj)
    values (${reminder.placeId}, ${reminder.at.toISOString()}, ${reminder.dateMaj}::date)
    on conflict (place_id) do update set reminded_at = excluded.reminded_at, date_maj = excluded.date_maj`.execute(
    tx,
  );
}
