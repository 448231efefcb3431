// Webhook subscriptions and their delivery log (migration 20261206180523, decision 061), read and written
// through RLS as the signed-in person (`withSession`): network admins see and manage every subscription, a
// place's managers their place's. Deliveries are written by the database's triggers and by the worker
// (webhook-deliveries.repository.ts); "send again" goes through `private.webhook_redeliver`, which checks
// the caller itself.
import { sql } from 'kysely';
import type { Tx } from '../rls.ts';

export interface WebhookSubscriptionRow {
  id: string;
  placeId: string | null;
  placeName: string | null;
  url: string;
  events: string[];
  active: boolean;
  createdAt: string;
  delivered: number;
  failed: number;
  pending: number;
}

/** The subscriptions the person manages, the network's first, then by place and address. */
export function listWebhookSubscriptions(tx: Tx): Promise<WebhookSubscriptionRow[]> {
  return tx
    .selectFrom('webhook_subscriptions as s')
    .leftJoin('places as p', 'p.id', 's.place_id')
    .select([
      's.id',
      's.place_id as placeId',
      'p.name as placeName',
      's.url',
      's.events',
      's.active',
      's.created_at as createdAt',
      sql<number>`(select count(*)::int from public.webhook_deliveries d where d.subscription_id = s.id and d.status = 'delivered')`.as(
        'delivered',
      ),
      sql<number>`(select count(*)::int from public.webhook_deliveries d where d.subscription_id = s.id and d.status = 'failed')`.as(
        'failed',
      ),
      sql<number>`(select count(*)::int from public.webhook_deliveries d where d.subscription_id = s.id and d.status in ('pending', 'waiting'))`.as(
        'pending',
      ),
    ])
    .orderBy(sql`s.place_id is not null`)
    .orderBy('p.name')
    .orderBy('s.url')
    .execute();
}

export interface WebhookSubscriptionDetail {
  id: string;
  placeId: string | null;
  placeName: string | null;
  url: string;
  events: string[];
  active: boolean;
  secret: string;
  createdAt: string;
}

/** One subscription with its signing secret, if the person manages it. */
export function findWebhookSubscription(tx: Tx, id: string): Promise<WebhookSubscriptionDetail | undefined> {
  return tx
    .selectFrom('webhook_subscriptions as s')
    .leftJoin('places as p', 'p.id', 's.place_id')
    .select([
      's.id',
      's.place_id as placeId',
      'p.name as placeName',
      's.url',
      's.events',
      's.active',
      's.secret',
      's.created_at as createdAt',
    ])
    .where('s.id', '=', id)
    .executeTakeFirst();
}

/** Registers a subscription; the database generates its secret. RLS refuses a place the person does not manage. */
export async function createWebhookSubscription(
  tx: Tx,
  input: { placeId: string | null; url: string; events: readonly string[] },
): Promise<{ id: string }> {
  return tx
    .insertInto('webhook_subscriptions')
    .values({ place_id: input.placeId, url: input.url, events: [...input.events] })
    .returning('id')
    .executeTakeFirstOrThrow();
}

/** Deactivates (or reactivates) a subscription; false when the person may not (or it does not exist). */
export async function setWebhookSubscriptionActive(tx: Tx, id: string, active: boolean): Promise<boolean> {
  const result = await tx
    .updateTable('webhook_subscriptions')
    .set({ active })
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export type WebhookDeliveryStatus = 'pending' | 'waiting' | 'delivered' | 'failed' | 'cancelled';

export interface WebhookDeliveryRow {
  id: number;
  eventId: string;
  eventType: string;
  status: WebhookDeliveryStatus;
  attempts: number;
  lastStatusCode: number | null;
  lastError: string | null;
  nextAttemptAt: string | null;
  deliveredAt: string | null;
  createdAt: string;
}

/** The latest deliveries of a subscription, newest first. */
export async function listWebhookDeliveries(
  tx: Tx,
  subscriptionId: string,
  limit = 50,
): Promise<WebhookDeliveryRow[]> {
  const rows = await tx
    .selectFrom('webhook_deliveries')
    .select([
      sql<number>`id::int`.as('id'),
      'event_id as eventId',
      'event_type as eventType',
      'status',
      'attempts',
      'last_status_code as lastStatusCode',
      'last_error as lastError',
      'next_attempt_at as nextAttemptAt',
      'delivered_at as deliveredAt',
      'created_at as createdAt',
    ])
    .where('subscription_id', '=', subscriptionId)
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
  return rows.map((row) => ({ ...row, status: row.status as WebhookDeliveryStatus }));
}

/**
 * "Send again": queues a delivered, failed or cancelled delivery again (a pending one is left alone, so a
 * double click sends once). `not_found` when it is not the person's; `inactive` when its subscription is off.
 */
export async function redeliverWebhook(
  tx: Tx,
  deliveryId: number,
): Promise<'pending' | 'waiting' | 'not_found' | 'inactive'> {
  const { rows } = await sql<{
    status: string;
  }>`select private.webhook_redeliver(${deliveryId}) as status`.execute(tx);
  return (rows[0]?.status ?? 'not_found') as 'pending' | 'waiting' | 'not_found' | 'inactive';
}

/** Places a subscription may be registered for: those the person manages (every live place for an admin). */
export function webhookPlaceOptions(
  tx: Tx,
  { everyPlace, managedPlaceIds }: { everyPlace: boolean; managedPlaceIds: readonly string[] },
): Promise<{ id: string; name: string }[]> {
  let query = tx
    .selectFrom('places')
    .select(['id', 'name'])
    .where('merged_into_id', 'is', null)
    .orderBy('name')
    .limit(2000);
  if (!everyPlace) {
    if (managedPlaceIds.length === 0) return Promise.resolve([]);
    query = query.where('id', 'in', [...managedPlaceIds]);
  }
  return query.execute();
}
