import type { Tx } from '../rls.ts';

export interface AuditEventSummary {
  id: number;
  at: string;
  action: 'insert' | 'update' | 'delete';
  table: string;
  /** The actor's display name when the viewer may read their profile; null for the platform itself. */
  actorName: string | null;
}

/** The latest audit events (RLS: network admins only), newest first. */
export async function listRecentAuditEvents(tx: Tx, limit: number): Promise<AuditEventSummary[]> {
  const rows = await tx
    .selectFrom('audit_events as e')
    .leftJoin('profiles as a', 'a.id', 'e.actor')
    .select(['e.id', 'e.at', 'e.action', 'e.table_name', 'a.display_name'])
    .orderBy('e.at', 'desc')
    .orderBy('e.id', 'desc')
    .limit(limit)
    .execute();
  return rows.map((row) => ({
    id: row.id,
    at: row.at,
    action: row.action as AuditEventSummary['action'],
    table: row.table_name,
    actorName: row.display_name,
  }));
}
