import { sql } from 'kysely';
import type { Tx } from '../rls.ts';

/** Why a session was cancelled (what its organiser wrote), for the e-mail to the people booked. */
export async function findCancellationReason(tx: Tx, sessionId: string): Promise<string | null> {
  const { rows } = await sql<{ reason: string | null }>`
    select cancellation_reason as reason from public.sessions where id = ${sessionId}`.execute(tx);
  return rows[0]?.reason ?? null;
}
