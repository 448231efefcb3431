import { sql } from 'kysely';
import type { Tx } from '../rls.ts';

// A place's labelling decisions: the labels it holds or held (place_labels, readable by observers too) and,
// for network admins, who granted, changed or withdrew each one and when (audit_events on place_labels).

export interface LabelDecision {
  id: string;
  labelName: string;
  waveName: string | null;
  grantedOn: string;
  endsOn: string | null;
}

export interface LabelEvent {
  id: number;
  at: string;
  actorName: string | null;
  action: 'insert' | 'update' | 'delete';
  labelName: string | null;
  grantedOn: string | null;
  endsOn: string | null;
  /** The end date before an update, to say "ended" or "end moved". */
  previousEndsOn: string | null;
}

export async function listLabelDecisions(tx: Tx, placeId: string): Promise<LabelDecision[]> {
  return tx
    .selectFrom('place_labels as pl')
    .innerJoin('labels as l', 'l.id', 'pl.label_id')
    .leftJoin('waves as w', 'w.id', 'pl.wave_id')
    .where('pl.place_id', '=', placeId)
    .select([
      'pl.id',
      'l.name as labelName',
      'w.name as waveName',
      'pl.granted_on as grantedOn',
      'pl.ends_on as endsOn',
    ])
    .orderBy('pl.granted_on', 'desc')
    .orderBy('l.name')
    .execute();
}

/** The journal of the place's labels, newest first (empty for whoever may not read the journal). */
export async function listLabelEvents(tx: Tx, placeId: string): Promise<LabelEvent[]> {
  const { rows } = await sql<{
    id: string;
    at: string;
    actor_name: string | null;
    action: LabelEvent['action'];
    label_name: string | null;
    granted_on: string | null;
    ends_on: string | null;
    previous_ends_on: string | null;
  }>`
    select e.id, e.at, pr.display_name as actor_name, e.action, l.name as label_name,
           coalesce(e.new, e.old) ->> 'granted_on' as granted_on,
           coalesce(e.new, e.old) ->> 'ends_on' as ends_on,
           e.old ->> 'ends_on' as previous_ends_on
    from public.audit_events e
    left join public.profiles pr on pr.id = e.actor
    left join public.labels l on l.id::text = coalesce(e.new, e.old) ->> 'label_id'
    where e.table_name = 'place_labels' and coalesce(e.new, e.old) ->> 'place_id' = ${placeId}
    order by e.at desc, e.id desc
    limit 200
  `.execute(tx);
  return rows.map((r) => ({
    id: Number(r.id),
    at: new Date(r.at).toISOString(),
    actorName: r.actor_name,
    action: r.action,
    labelName: r.label_name,
    grantedOn: r.granted_on,
    endsOn: r.ends_on,
    previousEndsOn: r.previous_ends_on,
  }));
}
