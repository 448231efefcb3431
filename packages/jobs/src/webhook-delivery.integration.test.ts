import { randomUUID } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { withServiceRole } from '@rf/db/service';
import { createTestDatabase, type TestDatabase } from '@rf/db/testing';
import { webhookPayloadSchema } from '@rf/domain/integrations/webhooks';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listJobs } from './queue.ts';
import { createTasks } from './tasks/index.ts';
import { webhookDeliveryTask } from './tasks/webhook-delivery.ts';
import { book, createSession, createWorkshop, mailDeps, memoryLogger } from './testing-fixtures.ts';
import { verifyWebhookSignature } from './webhooks/signature.ts';
import { RetryLaterError, startWorker, type TaskHandler, type Worker } from './worker.ts';

// Webhook deliveries end to end (decision 061): events written by the database in the booking's
// transaction, POSTed by the real worker to a local node:http server that checks the signature with the
// shared secret; a 500 retried after its backoff; deliveries of one booking in order; the last failure
// listed with the failed jobs; addresses on this machine refused under production's rules.

interface Received {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
  at: number;
}

let db: TestDatabase;
let receiver: Server;
let base: string;
let worker: Worker;
const received: Received[] = [];
/** Status codes to answer per path, in order; 200 once a path's list is used up. */
const answers = new Map<string, number[]>();
/** Or, per path, an answer chosen by the event's type (refusing only some events). */
const answerOf = new Map<string, (type: string) => number>();
const RETRY_MS = 300;

beforeAll(async () => {
  db = await createTestDatabase();
  receiver = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => {
      body += chunk;
    });
    request.on('end', () => {
      const path = request.url ?? '/';
      received.push({ path, headers: request.headers, body, at: Date.now() });
      const type = (JSON.parse(body || '{}') as { type?: string }).type ?? '';
      const status = answers.get(path)?.shift() ?? answerOf.get(path)?.(type) ?? 200;
      response.writeHead(status, { 'content-type': 'text/plain' }).end(status === 200 ? 'ok' : 'nope');
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
  const deps = {
    ...mailDeps(db.db, 'smtp://127.0.0.1:9'),
    webhooks: { production: true, allowLocal: true, retryDelaysMs: [RETRY_MS] },
  };
  // Only the deliveries are under test: the booking e-mails the same bookings queue are let go.
  const quiet: Record<string, TaskHandler> = Object.fromEntries(
    Object.keys(createTasks(deps)).map((task) => [task, async () => ({ skipped: 'not under test' })]),
  );
  worker = startWorker({
    db: db.db,
    databaseUrl: db.url,
    tasks: { ...quiet, 'webhook-delivery': webhookDeliveryTask(deps) },
    logger: memoryLogger(),
    pollIntervalMs: 100,
  });
});

afterAll(async () => {
  await worker.stop();
  await new Promise((resolve) => receiver.close(resolve));
  await db.drop();
});

/** A place with its own subscription (all events) to `path` on the receiver; returns the secret. */
async function subscribedPlace(path: string) {
  const workshop = await createWorkshop(db.db);
  const { rows } = await sql<{ id: string; secret: string }>`
    insert into public.webhook_subscriptions (place_id, url, events)
    values (${workshop.placeId}, ${base + path},
      '{booking.confirmed,booking.waitlisted,booking.promoted,booking.cancelled}')
    returning id, secret`.execute(db.db);
  const subscription = rows[0] as { id: string; secret: string };
  return { workshop, ...subscription };
}

async function deliveriesOf(subscriptionId: string) {
  const { rows } = await sql<{
    id: number;
    event_type: string;
    status: string;
    attempts: number;
    last_status_code: number | null;
    last_error: string | null;
    round: number;
  }>`select id::int as id, event_type, status, attempts, last_status_code, last_error, round
    from public.webhook_deliveries where subscription_id = ${subscriptionId} order by id`.execute(db.db);
  return rows;
}

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out; last value ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const at = (path: string) => received.filter((request) => request.path === path);

describe('webhook delivery', () => {
  it('posts the event signed with the shared secret, with nothing about the person', async () => {
    const { workshop, id, secret } = await subscribedPlace('/signed');
    const sessionId = await createSession(db.db, workshop);
    const { bookingId } = await book(db.db, sessionId, 'camille.signature@example.org', 'Camille');

    const [delivery] = await until(
      () => deliveriesOf(id),
      (rows) => rows[0]?.status === 'delivered',
    );
    expect(delivery).toMatchObject({ event_type: 'booking.confirmed', attempts: 1, last_status_code: 200 });
    const [request] = at('/signed');
    if (!request) throw new Error('nothing received');
    expect(request.headers['content-type']).toBe('application/json');
    expect(
      verifyWebhookSignature({
        secret,
        body: request.body,
        timestamp: request.headers['webhook-timestamp'] as string,
        signature: request.headers['webhook-signature'] as string,
      }),
    ).toBe(true);
    // Another secret, or a body changed on the way, does not verify.
    expect(
      verifyWebhookSignature({
        secret: `${secret}x`,
        body: request.body,
        timestamp: request.headers['webhook-timestamp'] as string,
        signature: request.headers['webhook-signature'] as string,
      }),
    ).toBe(false);
    expect(
      verifyWebhookSignature({
        secret,
        body: request.body.replace('confirmed', 'cancelled'),
        timestamp: request.headers['webhook-timestamp'] as string,
        signature: request.headers['webhook-signature'] as string,
      }),
    ).toBe(false);

    const payload = webhookPayloadSchema.parse(JSON.parse(request.body));
    expect(payload).toMatchObject({
      version: 1,
      type: 'booking.confirmed',
      data: { booking_id: bookingId, session_id: sessionId, place_id: workshop.placeId, status: 'confirmed' },
    });
    expect(request.headers['webhook-id']).toBe(payload.id);
    expect(request.body).not.toMatch(/Camille|camille\.signature|example\.org/);
  });

  it('tries again after its backoff when the receiver answers 500, with the same event id', async () => {
    const { workshop, id } = await subscribedPlace('/flaky');
    answers.set('/flaky', [500]);
    const sessionId = await createSession(db.db, workshop);
    await book(db.db, sessionId, 'retry@example.org');

    const [delivery] = await until(
      () => deliveriesOf(id),
      (rows) => rows[0]?.status === 'delivered',
    );
    expect(delivery).toMatchObject({ attempts: 2, last_status_code: 200, last_error: null });
    const [first, second] = at('/flaky');
    expect(second?.at ?? 0).toBeGreaterThanOrEqual((first?.at ?? 0) + RETRY_MS - 50);
    expect(second?.headers['webhook-id']).toBe(first?.headers['webhook-id']);
  });

  it('sends the events of one booking in order: a later one waits while an earlier one is retried', async () => {
    const { workshop, id } = await subscribedPlace('/ordered');
    let refusals = 2;
    answerOf.set('/ordered', (type) => (type === 'booking.confirmed' && refusals-- > 0 ? 503 : 200));
    const sessionId = await createSession(db.db, workshop, { capacity: 1 });
    const first = await book(db.db, sessionId, 'premiere@example.org');
    const second = await book(db.db, sessionId, 'seconde@example.org');
    // The first cancels: the second is promoted, in the same transaction.
    await sql`update public.bookings set status = 'cancelled', cancelled_at = now()
      where id = ${first.bookingId}`.execute(db.db);
    await sql`select private.promote_waitlist(${sessionId}::uuid)`.execute(db.db);

    const rows = await until(
      () => deliveriesOf(id),
      (list) => list.length >= 4 && list.every((row) => row.status === 'delivered'),
    );
    expect(rows.map((row) => row.event_type)).toEqual([
      'booking.confirmed',
      'booking.waitlisted',
      'booking.cancelled',
      'booking.promoted',
    ]);
    const firstBooking = at('/ordered')
      .map((request) => webhookPayloadSchema.parse(JSON.parse(request.body)))
      .filter((payload) => 'booking_id' in payload.data && payload.data.booking_id === first.bookingId)
      .map((payload) => payload.type);
    // Two refusals of the confirmation, then the confirmation, and only then the cancellation.
    expect(firstBooking).toEqual([
      'booking.confirmed',
      'booking.confirmed',
      'booking.confirmed',
      'booking.cancelled',
    ]);
    const waitlisted = at('/ordered')
      .map((request) => webhookPayloadSchema.parse(JSON.parse(request.body)))
      .find((payload) => payload.type === 'booking.waitlisted');
    expect(waitlisted?.data).toMatchObject({ booking_id: second.bookingId, waitlist_position: 1 });
  });

  it('fails for good after its last attempt, listed with the failed jobs; "send again" sends once more', async () => {
    const { workshop, id } = await subscribedPlace('/down');
    answers.set('/down', [500, 500, 500, 500, 500, 500]);
    const sessionId = await createSession(db.db, workshop);
    await book(db.db, sessionId, 'panne@example.org');

    const [failed] = await until(
      () => deliveriesOf(id),
      (rows) => rows[0]?.status === 'failed',
      30_000,
    );
    expect(failed).toMatchObject({ attempts: 6, last_status_code: 500, last_error: 'HTTP 500' });
    const jobs = await listJobs(db.db, { status: 'failed', task: 'webhook-delivery' });
    expect(jobs.map((job) => job.payload)).toContainEqual({ deliveryId: failed?.id, round: 1 });

    // Twice from the same page (a double click): the second finds it queued, or already sent again if the
    // worker was quicker than the click, and changes nothing either way.
    const redeliver = () =>
      withServiceRole(db.db, 'test: send again', async (tx) => {
        const { rows } = await sql<{ status: string }>`
          select private.webhook_redeliver(${failed?.id}, ${failed?.round}::integer) as status`.execute(tx);
        return rows[0]?.status;
      });
    expect([await redeliver(), await redeliver()]).toEqual(['pending', 'pending']);
    const [again] = await until(
      () => deliveriesOf(id),
      (rows) => rows[0]?.status === 'delivered',
    );
    // The same page's form posted again after that sending was delivered: nothing more is sent.
    expect(await redeliver()).toBe('pending');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(again).toMatchObject({ attempts: 1, round: 2 });
    expect(at('/down')).toHaveLength(7);
    expect((await deliveriesOf(id))[0]).toMatchObject({ status: 'delivered', round: 2 });
  });
});

describe('webhook addresses under production rules', () => {
  it('refuses loopback and metadata addresses, by IP or by name, without connecting', async () => {
    const strict = webhookDeliveryTask({
      ...mailDeps(db.db, 'smtp://127.0.0.1:9'),
      webhooks: { production: true, allowLocal: false },
    });
    const port = (receiver.address() as AddressInfo).port;
    for (const url of [
      `http://127.0.0.1:${port}/ssrf`,
      `http://localhost:${port}/ssrf`,
      'http://169.254.169.254/latest/meta-data/',
    ]) {
      const workshop = await createWorkshop(db.db);
      const { rows } = await sql<{ id: string }>`
        insert into public.webhook_subscriptions (place_id, url, events)
        values (${workshop.placeId}, ${url}, '{place.updated}') returning id`.execute(db.db);
      const subscriptionId = rows[0]?.id as string;
      const delivery = await sql<{ id: number }>`
        insert into public.webhook_deliveries (subscription_id, event_id, event_type, ordering_key, payload)
        values (${subscriptionId}, ${randomUUID()}, 'place.updated', ${`place:${workshop.placeId}`}, '{}')
        returning id::int as id`.execute(db.db);
      const deliveryId = delivery.rows[0]?.id as number;
      const job = { id: 0, task: 'webhook-delivery', payload: {}, attempt: 1, maxAttempts: 6, revision: 0 };
      const attempt = strict({ deliveryId, round: 1 }, job);
      await expect(attempt).rejects.toBeInstanceOf(RetryLaterError);
      await expect(attempt).rejects.toThrow(/address refused/);
    }
    expect(at('/ssrf')).toHaveLength(0);
  });
});
