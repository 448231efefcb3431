import { sql } from 'kysely';
import type { Tx } from '../rls.ts';

// SMS bookkeeping (decision 040), service role only: the short link's hash on the booking or appointment
// it leads to, and the count of SMS per place and month (no number, no text).

export type SmsSubject = { kind: 'booking'; id: string } | { kind: 'appointment'; id: string };

/** Keeps the hash of the short link an SMS carries (the same each time: it is derived, not random). */
export async function recordSmsLink(tx: Tx, subject: SmsSubject, tokenHash: string): Promise<void> {
  const table = subject.kind === 'booking' ? 'bookings' : 'appointments';
  await tx
    .updateTable(table)
    .set({ sms_token_hash: tokenHash })
    .where('id', '=', subject.id)
    .where('erased_at', 'is', null)
    .where((eb) => eb.or([eb('sms_token_hash', 'is', null), eb('sms_token_hash', '!=', tokenHash)]))
    .execute();
}

/** Counts one SMS for the place of the booking or appointment, in the current month (Paris). */
export async function countSmsSent(tx: Tx, subject: SmsSubject): Promise<void> {
  const place =
    subject.kind === 'booking'
      ? sql`(select s.place_id from public.bookings b join public.sessions s on s.id = b.session_id
          where b.id = ${subject.id})`
      : sql`(select a.place_id from public.appointments a where a.id = ${subject.id})`;
  await sql`insert into private.sms_usage as u (place_id, month, sent)
    select ${place}, date_trunc('month', now() at time zone 'Europe/Paris')::date, 1
    where ${place} is not null
    on conflict (place_id, month) do update set sent = u.sent + 1`.execute(tx);
}

/** SMS sent for a place in a month (first day, YYYY-MM-DD). */
export async function smsSentInMonth(tx: Tx, placeId: string, month: string): Promise<number> {
  const { rows } = await sql<{ sent: number }>`select sent from private.sms_usage
    where place_id = ${placeId} and month = ${month}::date`.execute(tx);
  return rows[0]?.sent ?? 0;
}

/** What a short link leads to: the booking's or appointment's idempotency key (its private link's seed). */
export async function findSmsLink(
  tx: Tx,
  tokenHash: string,
): Promise<{ kind: 'booking' | 'appointment'; idempotencyKey: string } | null> {
  const { rows } = await sql<{ kind: 'booking' | 'appointment'; idempotencyKey: string | null }>`
    select 'booking' as kind, idempotency_key as "idempotencyKey" from public.bookings
      where sms_token_hash = ${tokenHash}
    union all
    select 'appointment', idempotency_key from public.appointments where sms_token_hash = ${tokenHash}
    limit 1`.execute(tx);
  const row = rows[0];
  return row?.idempotencyKey ? { kind: row.kind, idempotencyKey: row.idempotencyKey } : null;
}
