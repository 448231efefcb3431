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

/** Everything hidden by moderation (RLS: network admins see all of it), most recently hidden first. */
export async function listHiddenContent(tx: Tx): Promise<HiddenContent[]> {
  const { rows } = await sql<{
    kind: ModeratedKind;
    id: string;
    title: string;
    place_name: string | null;
    hidden_at: string;
    hidden_reason: string | null;
  }>`
    select 'place' as kind, p.id, p.name as title, null as place_name, p.hidden_at, p.hidden_reason
      from public.places p where p.hidden_at is not null
    union all
    select 'activity', a.id, a.title, p.name, a.hidden_at, a.hidden_reason
      from public.activities a left join public.places p on p.id = a.place_id where a.hidden_at is not null
    union all
    select 'tool', t.id, t.name, p.name, t.hidden_at, t.hidden_reason
      from public.tools t left join public.places p on p.id = t.place_id where t.hidden_at is not null
    union all
    select 'resource', r.id, r.title, p.name, r.hidden_at, r.hidden_reason
      from public.resources r left join public.places p on p.id = r.place_id where r.hidden_at is not null
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
