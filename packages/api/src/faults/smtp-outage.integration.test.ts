import { randomUUID } from 'node:crypto';
import { startSmtpTestServer } from '@rf/mail/testing';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiHarness, startApiHarness } from '../testing.ts';

// SPEC §5: the mail server is down. Booking goes through the real API while it is; the confirmation
// waits in the job queue and leaves once the server is back (the worker's retries are tested in
// `packages/jobs`; this is the path a person takes).
let h: ApiHarness;
let sessionId: string;

const inHours = (hours: number) => new Date(Date.now() + hours * 3_600_000).toISOString();

beforeAll(async () => {
  h = await startApiHarness();
  const place = await sql<{ id: string }>`
    insert into public.places (slug, name, kinds, address, postal_code, commune_code, status)
    values ('fab-courrier', 'Fab Courrier', '{FABLAB}', '3 rue du Port', '29900', '29039', 'published')
    returning id`.execute(h.db.db);
  const placeId = place.rows[0]?.id as string;
  const activity = await sql<{ id: string }>`
    insert into public.activities (place_id, title, themes, status)
    values (${placeId}, 'Envoyer ses courriels', '{prendre_en_main_du_materiel}', 'published')
    returning id`.execute(h.db.db);
  const session = await sql<{ id: string }>`
    insert into public.sessions (activity_id, place_id, starts_at, ends_at, capacity)
    values (${activity.rows[0]?.id}, ${placeId}, ${inHours(72)}, ${inHours(74)}, 12)
    returning id`.execute(h.db.db);
  sessionId = session.rows[0]?.id as string;
});

afterAll(() => h?.stop());

describe('the SMTP server is down', () => {
  it('still books, and the confirmation goes out once, when the server is back', async () => {
    const { port, messages } = h.smtp;
    await h.smtp.stop();

    const { api } = await h.as();
    const booked = await api.booking.book({
      sessionId,
      idempotencyKey: randomUUID(),
      firstName: 'Maëlle',
      email: 'maelle@test.fr',
      consent: true,
    });
    expect(booked).toMatchObject({ outcome: 'created', status: 'confirmed', email: 'maelle@test.fr' });

    // The worker tried and failed: the e-mail waits in the queue, nothing was sent.
    await expect
      .poll(
        async () => {
          const { rows } = await sql<{ attempts: number; status: string }>`
            select attempts, status from private.jobs where task = 'booking-mail'`.execute(h.db.db);
          return rows[0];
        },
        { timeout: 10_000 },
      )
      .toMatchObject({ status: 'queued', attempts: expect.toSatisfy((n: number) => n >= 1) });
    expect(messages).toHaveLength(0);

    const back = await startSmtpTestServer({ port, messages });
    try {
      const mail = await back.waitFor(
        (m) => !Array.isArray(m.to) && m.to?.value[0]?.address === 'maelle@test.fr',
        20_000,
      );
      expect(mail.subject).toContain('Envoyer ses courriels');
      await h.drainJobs();
      expect(
        messages.filter((m) => !Array.isArray(m.to) && m.to?.value[0]?.address === 'maelle@test.fr'),
      ).toHaveLength(1);
    } finally {
      await back.stop();
    }
  });
});
