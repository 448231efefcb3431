import { randomUUID } from 'node:crypto';
import type { SmtpTestServer } from '@rf/mail/testing';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callerFor } from '../caller.ts';
import { createServices } from '../services.server.ts';
import { type ApiHarness, startApiHarness } from '../testing.ts';
import { startJobWorker } from '../worker.server.ts';

// SPEC §5: the app restarts while e-mails are waiting to go out. Bookings made through the API queue a
// confirmation and (the session is in less than 24 hours) a reminder due at once; the app stops after the
// first e-mail left and a new one (new services, new worker) takes over. Each e-mail goes out once.
// A worker killed mid-job is `packages/jobs` (`restarts`): its job runs again after the lock timeout.
let h: ApiHarness;
let sessionId: string;

const inHours = (hours: number) => new Date(Date.now() + hours * 3_600_000).toISOString();
const to = (mail: SmtpTestServer['messages'][number]) =>
  Array.isArray(mail.to) ? undefined : mail.to?.value[0]?.address;

beforeAll(async () => {
  // One job at a time and no polling: the queue is still full when the app stops.
  h = await startApiHarness({ worker: { concurrency: 1, pollIntervalMs: 60_000 } });
  const place = await sql<{ id: string }>`
    insert into public.places (slug, name, kinds, address, postal_code, commune_code, status)
    values ('fab-relance', 'Fab Relance', '{FABLAB}', '4 rue du Port', '29900', '29039', 'published')
    returning id`.execute(h.db.db);
  const placeId = place.rows[0]?.id as string;
  const activity = await sql<{ id: string }>`
    insert into public.activities (place_id, title, themes, status)
    values (${placeId}, 'Sauvegarder ses photos', '{prendre_en_main_du_materiel}', 'published')
    returning id`.execute(h.db.db);
  const session = await sql<{ id: string }>`
    insert into public.sessions (activity_id, place_id, starts_at, ends_at, capacity)
    values (${activity.rows[0]?.id}, ${placeId}, ${inHours(10)}, ${inHours(12)}, 20)
    returning id`.execute(h.db.db);
  sessionId = session.rows[0]?.id as string;
});

afterAll(() => h?.stop());

describe('the app restarts with e-mails in the queue', () => {
  it('sends every confirmation and reminder once: none lost, none doubled', async () => {
    const emails = Array.from({ length: 8 }, (_, i) => `relance-${i}@test.fr`);
    for (const [i, email] of emails.entries()) {
      // Eight households, each from its own address (one address books at most 4 into one session).
      const api = await callerFor(h.services, {
        request: new Request('http://localhost:3000/'),
        responseHeaders: new Headers(),
        clientAddress: `198.51.100.${20 + i}`,
      });
      const booked = await api.booking.book({
        sessionId,
        idempotencyKey: randomUUID(),
        firstName: 'Yann',
        email,
        consent: true,
      });
      expect(booked.status).toBe('confirmed');
    }

    await h.smtp.waitFor((m) => emails.includes(to(m) ?? ''), 10_000);
    await h.worker.stop();
    const left = await sql<{ n: number }>`
      select count(*)::int as n from private.jobs where status = 'queued'`.execute(h.db.db);
    expect(left.rows[0]?.n).toBeGreaterThan(0);

    // The new process: its own services and worker on the same database and mail server.
    const services = createServices(h.services.env, 'api-test-restarted');
    const worker = startJobWorker(services, { pollIntervalMs: 200 });
    try {
      await h.drainJobs();
    } finally {
      await worker.stop();
      await services.db.destroy();
    }
    for (const email of emails) {
      const mails = h.smtp.messages.filter((m) => to(m) === email);
      expect(
        mails.filter((m) => m.subject?.startsWith('Rappel')),
        email,
      ).toHaveLength(1);
      expect(
        mails.filter((m) => !m.subject?.startsWith('Rappel')),
        email,
      ).toHaveLength(1);
    }
  });
});
