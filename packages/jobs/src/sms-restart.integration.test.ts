import { createHash, randomUUID } from 'node:crypto';
import { bookSession } from '@rf/db/booking/booking-engine.repository';
import { withServiceRole } from '@rf/db/service';
import { createTestDatabase, type TestDatabase } from '@rf/db/testing';
import { type SmtpTestServer, startSmtpTestServer } from '@rf/mail/testing';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bookingToken } from './booking-link.ts';
import { waitForIdleQueue } from './testing.ts';
import { book, createSession, createWorkshop, LINK_KEY, testWorker } from './testing-fixtures.ts';

// Issue 14: an organiser's move, capacity raise and cancellation reach phone-only residents by SMS exactly once, even when
// the worker stops half-way through the notices and another one finds a job a crashed worker had claimed.
// Real Postgres and the real worker; SMS land in the development SMS mailbox (the same sender interface
// the Brevo client implements), whose `reference` names the message.
let db: TestDatabase;
let smtp: SmtpTestServer;
let workshop: { placeId: string; activityId: string };

async function bookByPhone(sessionId: string, phone: string): Promise<string> {
  const idempotencyKey = randomUUID();
  const token = bookingToken(LINK_KEY, idempotencyKey);
  const result = await withServiceRole(db.db, 'test booking', (tx) =>
    bookSession(tx, {
      sessionId,
      firstName: 'Yann',
      email: null,
      phone,
      prescriberName: null,
      prescriberOrganisation: null,
      userId: null,
      manageTokenHash: createHash('sha256').update(token).digest('hex'),
      idempotencyKey,
    }),
  );
  if (!result) throw new Error('not booked');
  return result.bookingId;
}

/** The quiet hours hold SMS until 08:00 (this test may run at night): what waiting for morning does. */
async function smsDueNow() {
  await sql`update private.jobs set run_at = now() where task = 'booking-sms' and status = 'queued'`.execute(
    db.db,
  );
}

async function smsTo(phone: string) {
  const { rows } = await sql<{ text_body: string; reference: string }>`
    select text_body, reference from public.dev_sms_mailbox where to_number = ${phone}
    order by created_at`.execute(db.db);
  return rows;
}

beforeAll(async () => {
  [db, smtp] = await Promise.all([createTestDatabase(), startSmtpTestServer()]);
  workshop = await createWorkshop(db.db);
});
afterAll(async () => {
  await smtp.stop();
  await db.drop();
});

describe('SMS notices across a worker restart', () => {
  it('sends each moved and promoted notice once, whatever stops half-way', async () => {
    const sessionId = await createSession(db.db, workshop, { startsInHours: 96, capacity: 3 });
    const phones = Array.from({ length: 6 }, (_, i) => `+3361230${String(4000 + i)}`);
    const bookings: string[] = [];
    for (const phone of phones) bookings.push(await bookByPhone(sessionId, phone));
    // Confirmations and waitlist notices, sent before the change.
    let worker = testWorker(db.db, db.url, smtp.url, { concurrency: 1, lockTimeoutSeconds: 2 });
    await waitForIdleQueue(db.db);
    await smsDueNow();
    await waitForIdleQueue(db.db);
    await worker.stop();
    for (const phone of phones) expect(await smsTo(phone)).toHaveLength(1);

    // The organiser moves the session and raises its capacity by two, in one save.
    await sql`update public.sessions set starts_at = starts_at + interval '1 day',
      ends_at = ends_at + interval '1 day', capacity = 5 where id = ${sessionId}`.execute(db.db);

    // A first worker starts on the notices and stops after the first SMS is out.
    worker = testWorker(db.db, db.url, smtp.url, { concurrency: 1, lockTimeoutSeconds: 2 });
    const deadline = Date.now() + 30_000;
    const sentSince = async () =>
      (
        await sql<{ n: number }>`select count(*)::int as n from public.dev_sms_mailbox
          where to_number = any(${phones}) and reference not like '%-confirmed-%'
            and reference not like '%-waitlisted-%'`.execute(db.db)
      ).rows[0]?.n ?? 0;
    while ((await sentSince()) === 0 && Date.now() < deadline) {
      await smsDueNow();
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await worker.stop();
    expect(await sentSince()).toBeGreaterThan(0);

    // A job claimed by a worker that then died (never finished): another worker takes it over.
    await smsDueNow();
    await sql`update private.jobs set status = 'running', locked_by = 'dead-worker',
        locked_at = now() - interval '1 hour', attempts = attempts + 1
      where id = (select id from private.jobs where task = 'booking-sms' and status = 'queued'
        order by id limit 1)`.execute(db.db);

    worker = testWorker(db.db, db.url, smtp.url, { concurrency: 2, lockTimeoutSeconds: 2 });
    for (let round = 0; round < 3; round++) {
      await waitForIdleQueue(db.db);
      await smsDueNow();
    }
    await waitForIdleQueue(db.db);
    await worker.stop();

    // Everyone heard of the move once; the two first waiting were promoted, each told once; the last one
    // still waits. No job failed, none ran twice to the end.
    const kinds = async (phone: string) =>
      (await smsTo(phone)).map((m) => /^booking-([a-z_]+)-/.exec(m.reference)?.[1]);
    for (const phone of phones.slice(0, 3))
      expect(await kinds(phone)).toEqual(['confirmed', 'session_moved']);
    for (const phone of phones.slice(3, 5)) {
      const got = await kinds(phone);
      expect(got.sort()).toEqual(['promoted', 'session_moved', 'waitlisted'].sort());
    }
    expect(await kinds(phones[5] as string)).toEqual(['waitlisted', 'session_moved']);
    const { rows } = await sql<{ status: string; n: number }>`select status, count(*)::int as n
      from private.jobs where task = 'booking-sms' group by status`.execute(db.db);
    expect(rows).toEqual([{ status: 'done', n: expect.any(Number) }]);
    const statuses = await sql<{ status: string }>`select status from public.bookings
      where session_id = ${sessionId} order by arrival`.execute(db.db);
    expect(statuses.rows.map((r) => r.status)).toEqual([
      'confirmed',
      'confirmed',
      'confirmed',
      'confirmed',
      'confirmed',
      'waitlisted',
    ]);
    expect(bookings).toHaveLength(6);
  });

  it('tells of an organiser’s cancellation once, by SMS and by e-mail, whatever stops half-way', async () => {
    const sessionId = await createSession(db.db, workshop, { startsInHours: 96, capacity: 10 });
    const phones = Array.from({ length: 6 }, (_, i) => `+3361230${String(5000 + i)}`);
    const emails = ['annule-redemarre-a@test.fr', 'annule-redemarre-b@test.fr'];
    for (const phone of phones) await bookByPhone(sessionId, phone);
    for (const email of emails) await book(db.db, sessionId, email);
    let worker = testWorker(db.db, db.url, smtp.url, { concurrency: 1, lockTimeoutSeconds: 2 });
    await waitForIdleQueue(db.db);
    await smsDueNow();
    await waitForIdleQueue(db.db);
    await worker.stop();
    for (const phone of phones) expect(await smsTo(phone)).toHaveLength(1);

    // The organiser cancels the session (as the console and the minimum-attendance check do).
    await withServiceRole(db.db, 'test: cancel a session', (tx) =>
      sql`select private.cancel_session(${sessionId}::uuid, 'Animatrice malade')`.execute(tx),
    );

    // A first worker starts on the notices and stops after the first cancellation SMS is out.
    worker = testWorker(db.db, db.url, smtp.url, { concurrency: 1, lockTimeoutSeconds: 2 });
    const deadline = Date.now() + 30_000;
    const cancelledSent = async () =>
      (
        await sql<{ n: number }>`select count(*)::int as n from public.dev_sms_mailbox
          where to_number = any(${phones}) and reference like 'booking-cancelled-%'`.execute(db.db)
      ).rows[0]?.n ?? 0;
    while ((await cancelledSent()) === 0 && Date.now() < deadline) {
      await smsDueNow();
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await worker.stop();
    const sentBeforeRestart = await cancelledSent();
    expect(sentBeforeRestart).toBeGreaterThan(0);
    // Stopped half-way: some notices are still to go (else the restart below would prove nothing).
    expect(sentBeforeRestart).toBeLessThan(phones.length);

    // A notice claimed by a worker that then died (never finished): another worker takes it over.
    await smsDueNow();
    const planted = await sql`update private.jobs set status = 'running', locked_by = 'dead-worker',
        locked_at = now() - interval '1 hour', attempts = attempts + 1
      where id = (select id from private.jobs where task in ('booking-sms', 'booking-mail')
        and status = 'queued' order by task = 'booking-sms' desc, id limit 1)`.execute(db.db);
    expect(Number(planted.numAffectedRows)).toBe(1);

    worker = testWorker(db.db, db.url, smtp.url, { concurrency: 2, lockTimeoutSeconds: 2 });
    for (let round = 0; round < 3; round++) {
      await waitForIdleQueue(db.db);
      await smsDueNow();
    }
    await waitForIdleQueue(db.db);
    await worker.stop();

    // Every number heard of the cancellation exactly once, every e-mail booking got one e-mail; no job failed.
    for (const phone of phones) {
      const got = (await smsTo(phone)).map((m) => /^booking-([a-z_]+)-/.exec(m.reference)?.[1]);
      expect(got).toEqual(['confirmed', 'cancelled']);
      expect((await smsTo(phone))[1]?.text_body).toMatch(/^Séance annulée par le lieu/);
    }
    for (const email of emails) {
      const mails = smtp.messages.filter(
        (m) => (m.to && 'text' in m.to ? m.to.text : '') === email && m.subject?.startsWith('Séance annulée'),
      );
      expect(mails).toHaveLength(1);
    }
    const { rows } = await sql<{ status: string; n: number }>`select status, count(*)::int as n
      from private.jobs where task in ('booking-sms', 'booking-mail') group by status`.execute(db.db);
    expect(rows).toEqual([{ status: 'done', n: expect.any(Number) }]);
  });
});
