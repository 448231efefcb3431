// Reservations of a tool on a time range. The exclusion constraint `tool_reservations_no_overlap` refuses
// overlaps, also between concurrent transactions; the trigger checks service and qualification.
import { sql } from 'kysely';
import type { Tx } from '../rls.ts';

/** Reserves the tool for `userId`; throws the database error (23P01 on overlap) for the API to map. */
export async function insertReservation(
  tx: Tx,
  input: {
    toolId: string;
    placeId: string;
    userId: string;
    from: string;
    to: string;
    purpose: string | null;
  },
): Promise<string> {
  const { rows } = await sql<{ id: string }>`
    insert into public.tool_reservations (tool_id, place_id, user_id, during, purpose)
    values (${input.toolId}, ${input.placeId}, ${input.userId},
            tstzrange(${input.from}::timestamptz, ${input.to}::timestamptz), ${input.purpose})
    returning id`.execute(tx);
  return rows[0]?.id as string;
}

export interface MyReservation {
  id: string;
  toolId: string;
  toolName: string;
  placeName: string;
  from: string;
  to: string;
  status: 'active' | 'cancelled';
}

export async function listReservationsOf(tx: Tx, userId: string): Promise<MyReservation[]> {
  return tx
    .selectFrom('tool_reservations as r')
    .innerJoin('tools as t', 't.id', 'r.tool_id')
    .innerJoin('places as p', 'p.id', 'r.place_id')
    .select([
      'r.id',
      'r.tool_id as toolId',
      't.name as toolName',
      'p.name as placeName',
      sql<string>`lower(r.during)`.as('from'),
      sql<string>`upper(r.during)`.as('to'),
      'r.status',
    ])
    .where('r.user_id', '=', userId)
    .orderBy(sql`lower(r.during)`)
    .execute();
}
