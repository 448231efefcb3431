import type { OpenDataSourceRow } from '@rf/domain/reporting/open-data';
import { sql } from 'kysely';
import type { Tx } from '../rls.ts';

// The exact counts behind the open-data file of activity (public places, quarters of validated reports;
// migration 20261123003200). Exact, hence never returned as is: the caller applies the statistical secrecy
// (`openDataRows`) before publishing anything.

export async function listOpenDataActivity(tx: Tx): Promise<OpenDataSourceRow[]> {
  const { rows } = await sql<{
    quarter: string;
    place_id: string;
    place_name: string;
    departement_code: string;
    departement_name: string;
    dimension: string;
    code: string;
    participants: string;
  }>`select to_char(quarter, 'YYYY-MM-DD') as quarter, place_id, place_name, departement_code,
       departement_name, dimension, code, participants
     from private.open_data_activity()`.execute(tx);
  return rows.map((r) => ({
    quarter: r.quarter,
    placeId: r.place_id,
    placeName: r.place_name,
    departementCode: r.departement_code,
    departementName: r.departement_name,
    dimension: r.dimension,
    code: r.code,
    participants: Number(r.participants),
  }));
}
