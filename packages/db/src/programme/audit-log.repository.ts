import { sql } from 'kysely';
import type { Tx } from '../rls.ts';

export interface AuditLogFilter {
  actor: string | null;
  place: string | null;
  table: string | null;
  action: string | null;
  from: string | null;
  to: string | null;
}

export interface AuditLogEntry {
  id: number;
  at: string;
  action: 'insert' | 'update' | 'delete';
  table: string;
  rowId: string;
  /** Null for the platform itself (migrations, jobs) or an actor whose profile is gone. */
  actorName: string | null;
  placeName: string | null;
  /** The columns that changed (all of them for an insert or a delete), with their values before and after. */
  changes: { column: string; before: unknown; after: unknown }[];
}

const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** Audit events (RLS: network admins only) matching the filter, newest first, with the total count. */
export async function searchAuditEvents(
  tx: Tx,
  filter: AuditLogFilter,
  page: { limit: number; offset: number },
): Promise<{ total: number; items: AuditLogEntry[] }> {
  // The place an event is about: the place itself, the row's place_id (labels, memberships, agreements…),
  // or for a disbursement its agreement's place.
  const placeIdOf = sql<string>`coalesce(
    case when e.table_name = 'places' then e.row_id end,
    e.new ->> 'place_id', e.old ->> 'place_id',
    (select fa.place_id::text from public.funding_agreements fa
      where fa.id::text = coalesce(e.new ->> 'agreement_id', e.old ->> 'agreement_id')))`;
  let query = tx
    .selectFrom('audit_events as e')
    .leftJoin('profiles as a', 'a.id', 'e.actor')
    .leftJoin('places as p', (join) => join.on(sql`p.id::text`, '=', placeIdOf));
  if (filter.actor) query = query.where('a.display_name', 'ilike', likePattern(filter.actor));
  if (filter.place) query = query.where('p.name', 'ilike', likePattern(filter.place));
  if (filter.table) query = query.where('e.table_name', '=', filter.table);
  if (filter.action) query = query.where('e.action', '=', filter.action);
  // Dates are days in Paris, the network's time zone.
  if (filter.from) query = query.where(sql`(e.at at time zone 'Europe/Paris')::date`, '>=', filter.from);
  if (filter.to) query = query.where(sql`(e.at at time zone 'Europe/Paris')::date`, '<=', filter.to);
  const [count, rows] = await Promise.all([
    query.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirst(),
    query
      .select([
        'e.id',
        'e.at',
        'e.action',
        'e.table_name',
        'e.row_id',
        'e.old',
        'e.new',
        'a.display_name',
        'p.name',
      ])
      .orderBy('e.at', 'desc')
      .orderBy('e.id', 'desc')
      .limit(page.limit)
      .offset(page.offset)
      .execute(),
  ]);
  return {
    total: Number(count?.n ?? 0),
    items: rows.map((r) => ({
      id: r.id,
      at: r.at,
      action: r.action as AuditLogEntry['action'],
      table: r.table_name,
      rowId: r.row_id,
      actorName: r.display_name,
      placeName: r.name,
      changes: changesOf(r.old as Record<string, unknown> | null, r.new as Record<string, unknown> | null),
    })),
  };
}

const unchangedNoise = new Set(['updated_at', 'date_maj', 'created_at']);

function changesOf(before: Record<string, unknown> | null, after: Record<string, unknown> | null) {
  const columns = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  const changes: AuditLogEntry['changes'] = [];
  for (const column of columns) {
    if (unchangedNoise.has(column)) continue;
    const old = before?.[column] ?? null;
    const now = after?.[column] ?? null;
    if (before && after && JSON.stringify(old) === JSON.stringify(now)) continue;
    if (old === null && now === null) continue;
    changes.push({ column, before: old, after: now });
  }
  return changes;
}
