import type { Tx } from '../rls.ts';

export interface WaveRow {
  id: string;
  name: string;
  opensOn: string;
  closesOn: string | null;
  announcedOn: string | null;
  status: 'draft' | 'open' | 'closed';
  /** Places labelled in this wave. */
  labelledPlaces: number;
}

/** Every wave (RLS: network admins and observers see drafts too), newest first. */
export async function listWaves(tx: Tx): Promise<WaveRow[]> {
  const rows = await tx
    .selectFrom('waves as w')
    .select([
      'w.id',
      'w.name',
      'w.opens_on',
      'w.closes_on',
      'w.announced_on',
      'w.status',
      (eb) =>
        eb
          .selectFrom('place_labels as pl')
          .whereRef('pl.wave_id', '=', 'w.id')
          .select((e) => e.fn.count<string>('pl.place_id').distinct().as('n'))
          .as('labelled'),
    ])
    .orderBy('w.opens_on', 'desc')
    .orderBy('w.name')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    opensOn: r.opens_on,
    closesOn: r.closes_on,
    announcedOn: r.announced_on,
    status: r.status,
    labelledPlaces: Number(r.labelled ?? 0),
  }));
}

export async function waveNameTaken(tx: Tx, name: string): Promise<boolean> {
  const row = await tx.selectFrom('waves').select('id').where('name', '=', name).executeTakeFirst();
  return row !== undefined;
}

export async function insertWave(
  tx: Tx,
  w: { name: string; opensOn: string; closesOn: string | null; announcedOn: string | null },
): Promise<string> {
  const row = await tx
    .insertInto('waves')
    .values({ name: w.name, opens_on: w.opensOn, closes_on: w.closesOn, announced_on: w.announcedOn })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function findWave(tx: Tx, waveId: string): Promise<{ opensOn: string } | null> {
  const row = await tx.selectFrom('waves').select('opens_on').where('id', '=', waveId).executeTakeFirst();
  return row ? { opensOn: row.opens_on } : null;
}

/** Opens or closes a wave; closing records its closing day. */
export async function updateWaveStatus(
  tx: Tx,
  waveId: string,
  status: 'draft' | 'open' | 'closed',
  closesOn: string | null,
): Promise<void> {
  await tx
    .updateTable('waves')
    .set(status === 'closed' ? { status, closes_on: closesOn } : { status })
    .where('id', '=', waveId)
    .execute();
}
