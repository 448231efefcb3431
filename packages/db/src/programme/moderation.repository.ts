import { sql } from 'kysely';
import type { Tx } from '../rls.ts';

export type ModeratedKind = 'place' | 'activity' | 'tool' | 'resource';

export interface HiddenContent {
  kind: ModeratedKind;
  id: string;
  title: string;
  /** The place it belongs to (null for a place itself). */
  placeName: string | null;
  hiddenAt: string;
  hiddenReason: string | null;
}

const tables = { place: 'places', activity: 'activities', tool: 'tools', resource: 'resources' } as const;

/**
 * Everything hidden by moderation that RLS lets the viewer see (network admins: all of it; a place's team:
 * its own), most recently hidden first; only the given places' content when `placeIds` is set.
 */
export async function listHiddenContent(tx: Tx, placeIds?: readonly string[]): Promise<HiddenContent[]> {
  if (placeIds && placeIds.length === 0) return [];
  const ids = placeIds ? sql`${sql.val([...placeIds])}::uuid[]` : sql`null::uuid[]`;
  const { rows } = await sql<{
    kind: ModeratedKind;
    id: string;
    title: string;
    place_name: string | null;
    hidden_at: string;
    hidden_reason: string | null;
  }>`
    select * from (
      select 'place' as kind, p.id, p.name as title, null as place_name, p.hidden_at, p.hidden_reason,
             p.id as place_id
        from public.places p where p.hidden_at is not null
      union all
      select 'activity', a.id, a.title, p.name, a.hidden_at, a.hidden_reason, a.place_id
        from public.activities a left join public.places p on p.id = a.place_id where a.hidden_at is not null
      union all
      select 'tool', t.id, t.name, p.name, t.hidden_at, t.hidden_reason, t.place_id
        from public.tools t left join public.places p on p.id = t.place_id where t.hidden_at is not null
      union all
      select 'resource', r.id, r.title, p.name, r.hidden_at, r.hidden_reason, r.place_id
        from public.resources r left join public.places p on p.id = r.place_id where r.hidden_at is not null
    ) hidden
    where ${ids} is null or hidden.place_id = any (${ids})
    order by hidden_at desc, title
    limit 500
  `.execute(tx);
  return rows.map((r) => ({
    kind: r.kind,
    id: r.id,
    title: r.title,
    placeName: r.place_name,
    hiddenAt: new Date(r.hidden_at).toISOString(),
    hiddenReason: r.hidden_reason,
  }));
}

export interface ModerationCandidate {
  id: string;
  title: string;
  placeName: string | null;
}

/** Published, visible content of one kind whose title contains the query (accents ignored), by title. */
export async function searchVisibleContent(
  tx: Tx,
  kind: ModeratedKind,
  query: string,
  limit = 25,
): Promise<ModerationCandidate[]> {
  const like = `%${query.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const matches = (column: string) =>
    sql`private.unaccent(${sql.ref(column)}) ilike private.unaccent(${like})`;
  const { rows } = await (kind === 'place'
    ? sql<ModerationCandidate>`
        select p.id, p.name as title, null as "placeName" from public.places p
        where p.status = 'published' and p.hidden_at is null and p.merged_into_id is null
          and ${matches('p.name')}
        order by p.name limit ${limit}`
    : sql<ModerationCandidate>`
        select c.id, c.title, p.name as "placeName"
        from (
          select id, ${sql.ref(kind === 'tool' ? 'name' : 'title')} as title, place_id, status, hidden_at
          from ${sql.table(`public.${tables[kind]}`)}
        ) c
        left join public.places p on p.id = c.place_id
        where c.status = 'published' and c.hidden_at is null and ${matches('c.title')}
        order by c.title limit ${limit}`
  ).execute(tx);
  return rows;
}

/** Hides content with a reason (RLS and a trigger keep this to network admins; the database audits it). */
export async function hideContent(tx: Tx, kind: ModeratedKind, id: string, reason: string): Promise<boolean> {
  const result = await tx
    .updateTable(tables[kind])
    .set({ hidden_at: sql`coalesce(hidden_at, now())`, hidden_reason: reason })
    .where('id', '=', id)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Shows hidden content again (audited by the database); false when nothing hidden has this id. */
export async function restoreContent(tx: Tx, kind: ModeratedKind, id: string): Promise<boolean> {
  const result = await tx
    .updateTable(tables[kind])
    .set({ hidden_at: null, hidden_reason: null })
    .where('id', '=', id)
    .where('hidden_at', 'is not', null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}
