// What the `session-change` notice reads of its session beyond the booking (packages/jobs): the place's
// room or directions (`location_note`), which a changed place is often only about.
import { sql } from 'kysely';
import type { Tx } from '../rls.ts';

export async function findSessionLocationNote(tx: Tx, sessionId: string): Promise<string | null> {
  const { rows } = await sql<{ note: string | null }>`
    select location_note as note from public.sessions where id = ${sessionId}`.execute(tx);
  return rows[0]?.note ?? null;
}
