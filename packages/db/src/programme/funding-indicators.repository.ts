import { sql } from 'kysely';
import type { Tx } from '../rls.ts';

export interface YearlyActivity {
  placeId: string;
  year: number;
  records: number;
  participants: number;
  minutes: number;
}

/**
 * Each fabrique's activity records counted per calendar year (network admins and observers; counts, not
 * people), read through `private.fabrique_yearly_activity` so funders see the counts without the records.
 */
export async function listYearlyActivity(tx: Tx, placeIds: readonly string[]): Promise<YearlyActivity[]> {
  if (placeIds.length === 0) return [];
  const { rows } = await sql<{
    place_id: string;
    year: number;
    records: string;
    participants: string;
    minutes: string;
  }>`select place_id, year, records, participants, minutes
     from private.fabrique_yearly_activity(${sql.val([...placeIds])}::uuid[])
     order by place_id, year`.execute(tx);
  return rows.map((r) => ({
    placeId: r.place_id,
    year: r.year,
    records: Number(r.records),
    participants: Number(r.participants),
    minutes: Number(r.minutes),
  }));
}
