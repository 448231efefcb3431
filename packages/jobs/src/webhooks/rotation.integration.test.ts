// A secret changed without downtime (decision 061, amendment), on the real database and a local node:http
// receiver: for 24 hours after "Changer le secret", each delivery carries two signatures and verifies with
// either secret — a receiver not yet updated keeps accepting —; after the 24 hours (simulated by moving the
// expiry into the past), only the new secret verifies.
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { withServiceRole } from '@rf/db/service';
import { createTestDatabase, type TestDatabase } from '@rf/db/testing';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { webhookDeliveryTask } from '../tasks/webhook-delivery.ts';
import { createWorkshop, mailDeps } from '../testing-fixtures.ts';
import { verifyWebhookSignature } from './signature.ts';

interface Received {
  headers: IncomingHttpHeaders;
  body: string;
}

let db: TestDatabase;
let receiver: Server;
let base: string;
const received: Received[] = [];

beforeAll(async () => {
  db = await createTestDatabase();
  receiver = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => {
      body += chunk;
    });
    request.on('end', () => {
      received.push({ headers: request.headers, body });
      response.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => receiver.close(resolve));
  await db.drop();
});

/** Delivers one event to the subscription now, through the worker's task, and returns what arrived. */
async function deliverOne(subscriptionId: string, placeId: string): Promise<Received> {
  const { rows } = await sql<{ id: number }>`
    insert into public.webhook_deliveries (subscription_id, event_id, event_type, ordering_key, payload)
    values (${subscriptionId}, ${randomUUID()}, 'place.updated', ${`place:${randomUUID()}`},
      ${JSON.stringify({ version: 1, type: 'place.updated', data: { place_id: placeId } })})
    returning id::int as id`.execute(db.db);
  const deliveryId = rows[0]?.id as number;
  const task = webhookDeliveryTask({
    ...mailDeps(db.db, 'smtp://127.0.0.1:9'),
    webhooks: { production: true, allowLocal: true },
  });
  const count = received.length;
  const job = { id: 0, task: 'webhook-delivery', payload: {}, attempt: 1, maxAttempts: 6, revision: 0 };
  await task({ deliveryId, round: 1 }, job);
  expect(received).toHaveLength(count + 1);
  return received.at(-1) as Received;
}

const verifies = (request: Received, secret: string) =>
  verifyWebhookSignature({
    secret,
    body: request.body,
    timestamp: request.headers['webhook-timestamp'] as string,
    signature: request.headers['webhook-signature'] as string,
  });

describe('changing a webhook secret', () => {
  it('signs with both secrets for 24 hours, then with the new one only', async () => {
    const workshop = await createWorkshop(db.db);
    const { rows } = await sql<{ id: string; secret: string }>`
      insert into public.webhook_subscriptions (place_id, url, events)
      values (${workshop.placeId}, ${`${base}/rotation`}, '{place.updated}')
      returning id, secret`.execute(db.db);
    const { id, secret: old } = rows[0] as { id: string; secret: string };

    const before = await deliverOne(id, workshop.placeId);
    expect(before.headers['webhook-signature']).toMatch(/^v1=[0-9a-f]{64}$/);
    expect(verifies(before, old)).toBe(true);

    const fresh = await withServiceRole(db.db, 'test: rotate', async (tx) => {
      const { rows: out } = await sql<{ secret: string }>`
        select private.rotate_webhook_secret(${id}::uuid) as secret`.execute(tx);
      return out[0]?.secret as string;
    });
    expect(fresh).toMatch(/^whsec_/);
    expect(fresh).not.toBe(old);

    // Within the 24 hours: `v1=<new> v1=<old>`, each verifying on its own.
    const during = await deliverOne(id, workshop.placeId);
    expect(during.headers['webhook-signature']).toMatch(/^v1=[0-9a-f]{64} v1=[0-9a-f]{64}$/);
    expect(verifies(during, fresh)).toBe(true);
    expect(verifies(during, old)).toBe(true);
    expect(verifies(during, `${fresh}x`)).toBe(false);

    // The 24 hours are over (moved into the past rather than waited for): the new secret only.
    await sql`update public.webhook_subscriptions set previous_secret_expires_at = now() - interval '1 second'
      where id = ${id}`.execute(db.db);
    const after = await deliverOne(id, workshop.placeId);
    expect(after.headers['webhook-signature']).toMatch(/^v1=[0-9a-f]{64}$/);
    expect(verifies(after, fresh)).toBe(true);
    expect(verifies(after, old)).toBe(false);
  });
});
