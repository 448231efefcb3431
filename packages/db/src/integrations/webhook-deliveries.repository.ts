// The worker's side of webhook deliveries (decision 061), run as the service role: what to send, where,
// with which secret; then the outcome of each attempt. Ending a delivery (delivered, failed for good,
// cancelled) queues the next one of its line (`private.webhook_delivery_finished`), in the same transaction.
import { sql } from 'kysely';
import type { Tx } from '../rls.ts';

export interface DeliveryToSend {
  id: number;
  subscriptionId: string;
  status: string;
  round: number;
  attempts: number;
  orderingKey: string;
  eventId: string;
  payload: unknown;
  url: string;
  secret: string;
  /** The secret before the last change while it is still accepted (24 hours after it), null otherwise. */
  previousSecret: string | null;
  active: boolean;
  /**
   * An earlier delivery of the same line is being sent: this one must wait for it. (An earlier one that
   * is only waiting — sent again from the console — goes after this one: it is the line's tail.)
   */
  behind: boolean;
}

export async function findDeliveryToSend(tx: Tx, deliveryId: number): Promise<DeliveryToSend | undefined> {
  const { rows } = await sql<DeliveryToSend>`
    select d.id::int as id, d.subscription_id as "subscriptionId", d.status, d.round, d.attempts,
      d.ordering_key as "orderingKey", d.event_id as "eventId", d.payload, s.url, s.secret,
      case when s.previous_secret_expires_at > now() then s.previous_secret end as "previousSecret", s.active,
      exists (
        select 1 from public.webhook_deliveries e
        where e.subscription_id = d.subscription_id and e.ordering_key = d.ordering_key
          and e.id < d.id and e.status = 'pending'
      ) as behind
    from public.webhook_deliveries d
    join public.webhook_subscriptions s on s.id = d.subscription_id
    where d.id = ${deliveryId}`.execute(tx);
  return rows[0];
}

/** Puts a delivery that found an earlier one of its line still out back in line (its turn will come). */
export async function markDeliveryWaiting(tx: Tx, deliveryId: number): Promise<void> {
  await sql`update public.webhook_deliveries set status = 'waiting', next_attempt_at = null
    where id = ${deliveryId} and status = 'pending'`.execute(tx);
}

export type AttemptOutcome =
  | { kind: 'delivered'; statusCode: number }
  | { kind: 'retrying'; statusCode: number | null; error: string; nextAttemptAt: Date }
  | { kind: 'failed'; statusCode: number | null; error: string }
  | { kind: 'cancelled' };

/** Records one attempt (or the subscription's deactivation); an ending queues the next of the line. */
export async function recordDeliveryAttempt(
  tx: Tx,
  deliveryId: number,
  outcome: AttemptOutcome,
): Promise<void> {
  if (outcome.kind === 'cancelled') {
    await sql`update public.webhook_deliveries set status = 'cancelled', next_attempt_at = null
      where id = ${deliveryId}`.execute(tx);
  } else if (outcome.kind === 'delivered') {
    await sql`update public.webhook_deliveries
      set status = 'delivered', attempts = attempts + 1, last_status_code = ${outcome.statusCode},
        last_error = null, next_attempt_at = null, delivered_at = now()
      where id = ${deliveryId}`.execute(tx);
  } else {
    const final = outcome.kind === 'failed';
    await sql`update public.webhook_deliveries
      set status = ${final ? 'failed' : 'pending'}, attempts = attempts + 1,
        last_status_code = ${outcome.statusCode}, last_error = ${outcome.error.slice(0, 1000)},
        next_attempt_at = ${final ? null : outcome.nextAttemptAt.toISOString()}::timestamptz
      where id = ${deliveryId}`.execute(tx);
    if (!final) return;
  }
  await sql`select private.webhook_delivery_finished(${deliveryId})`.execute(tx);
}
