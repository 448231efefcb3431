import { randomUUID } from 'node:crypto';
import { createDb } from '@rf/db';
import { type RestartablePostgres, startRestartablePostgres } from '@rf/db/testing';
import { TRPCError } from '@trpc/server';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callerFor } from '../caller.ts';
import { describeError } from '../errors.ts';
import { type ApiHarness, startApiHarness } from '../testing.ts';

// SPEC §5: the database restarts while people are booking. The app (services, pool, job worker) keeps
// running against a Postgres server of its own that this test stops and starts again.
let pg: RestartablePostgres;
let h: ApiHarness;
let sessionId: string;

interface Attempt {
  email: string;
  idempotencyKey: string;
  phase: 'before' | 'outage' | 'after';
  ok: boolean;
  error?: unknown;
}

const inHours = (hours: number) => new Date(Date.now() + hours * 3_600_000).toISOString();

beforeAll(async () => {
  pg = await startRestartablePostgres();
  const db = createDb(pg.url, { max: 2 });
  h = await startApiHarness({
    database: { url: pg.url, db, drop: () => db.destroy() },
    env: { DATABASE_POOL_SIZE: '6' },
    // A job whose outcome could not be recorded during the outage runs again after this (300 s in
    // production): short here so the test sees every e-mail go out.
    worker: { concurrency: 4, lockTimeoutSeconds: 2 },
  });
  const place = await sql<{ id: string }>`
    insert into public.places (slug, name, kinds, address, postal_code, commune_code, status)
    values ('fab-panne', 'Fab Panne', '{FABLAB}', '2 rue du Port', '29900', '29039', 'published')
    returning id`.execute(db);
  const placeId = place.rows[0]?.id as string;
  const activity = await sql<{ id: string }>`
    insert into public.activities (place_id, title, themes, status)
    values (${placeId}, 'Réparer son ordinateur', '{prendre_en_main_du_materiel}', 'published')
    returning id`.execute(db);
  const session = await sql<{ id: string }>`
    insert into public.sessions (activity_id, place_id, starts_at, ends_at, capacity)
    values (${activity.rows[0]?.id}, ${placeId}, ${inHours(72)}, ${inHours(74)}, 10000)
    returning id`.execute(db);
  sessionId = session.rows[0]?.id as string;
}, 120_000);

afterAll(async () => {
  await h?.stop();
  await pg?.destroy();
});

describe('Postgres restarts while bookings are being made', () => {
  it('keeps every confirmed booking, answers a clean 503 meanwhile, and serves again without an app restart', async () => {
    const attempts: Attempt[] = [];
    let phase: Attempt['phase'] = 'before';
    let running = true;
    let n = 0;

    /** One person after another books from their own address (so the per-client allowance is not hit). */
    async function client() {
      while (running) {
        const i = n++;
        const email = `personne-${i}@test.fr`;
        const idempotencyKey = randomUUID();
        const at = phase;
        const request = new Request('http://localhost:3000/');
        try {
          const api = await callerFor(h.services, {
            request,
            responseHeaders: new Headers(),
            clientAddress: `10.8.${Math.floor(i / 250)}.${i % 250}`,
          });
          await api.booking.book({
            sessionId,
            idempotencyKey,
            firstName: `Personne ${i}`,
            email,
            consent: true,
          });
          attempts.push({ email, idempotencyKey, phase: at, ok: true });
        } catch (error) {
          attempts.push({ email, idempotencyKey, phase: at, ok: false, error });
          // A person whose booking failed waits a moment before the next one tries.
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
      }
    }
    const count = (p: Attempt['phase'], ok: boolean) =>
      attempts.filter((a) => a.phase === p && a.ok === ok).length;
    /** Waits for the clients to get there; a stuck app fails the test rather than hanging it. */
    const until = async (condition: () => boolean, what: string) => {
      const deadline = Date.now() + 20_000;
      while (!condition()) {
        if (Date.now() > deadline) throw new Error(`never got ${what}`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    };

    const clients = Array.from({ length: 4 }, client);
    try {
      await until(() => count('before', true) >= 20, '20 bookings before the restart');

      phase = 'outage';
      await pg.stop();
      await until(() => count('outage', false) >= 20, '20 refusals during the outage');
      await pg.start();

      phase = 'after';
      // The pool replaces the connections the restart cut: bookings succeed again on the same services.
      await until(() => count('after', true) >= 20, '20 bookings after the restart');
    } finally {
      running = false;
      await Promise.all(clients);
    }

    // Every failure is a clean "service unavailable" (never a crash or an unexplained 500).
    const failures = attempts.filter((a) => !a.ok);
    expect(failures.length).toBeGreaterThanOrEqual(20);
    for (const failure of failures) {
      expect(failure.error).toBeInstanceOf(TRPCError);
      expect((failure.error as TRPCError).code).toBe('SERVICE_UNAVAILABLE');
      expect(describeError(failure.error).code).toBe('service_unavailable');
    }

    // Every booking confirmed to its person is in the database, once.
    const { rows } = await sql<{ email: string }>`
      select email from public.bookings where session_id = ${sessionId}`.execute(h.db.db);
    const saved = new Set(rows.map((r) => r.email));
    const confirmed = attempts.filter((a) => a.ok);
    for (const a of confirmed) expect(saved.has(a.email), a.email).toBe(true);
    expect(new Set(rows.map((r) => r.email)).size).toBe(rows.length);

    // The job worker lived through the outage too: each confirmed person gets their e-mail. Sending is
    // at least once: a job running when the database went away (at most `concurrency` of them) may have
    // sent its e-mail without being able to record it, and sends it again.
    await h.drainJobs();
    const received = (email: string) =>
      h.smtp.messages.filter((m) => m.to && !Array.isArray(m.to) && m.to.value[0]?.address === email).length;
    for (const a of confirmed) expect(received(a.email), a.email).toBeGreaterThanOrEqual(1);
    const doubled = confirmed.filter((a) => received(a.email) > 1);
    expect(doubled.length).toBeLessThanOrEqual(4);
  }, 90_000);
});
