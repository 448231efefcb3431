import { createHash, randomUUID } from 'node:crypto';
import { bookSession } from '@rf/db/booking/booking-engine.repository';
import { findBookingCalendarSequence } from '@rf/db/jobs/calendar-sequence.repository';
import { withServiceRole } from '@rf/db/service';
import { createTestDatabase, type TestDatabase } from '@rf/db/testing';
import { parseInvitation, receiveInvitations } from '@rf/domain/booking/ics-testing';
import {
  attachedFiles,
  receivedInvitation,
  type SmtpTestServer,
  startSmtpTestServer,
} from '@rf/mail/testing';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { privateLink } from './booking-link.ts';
import { claimJobs, enqueueJob, listJobs, retryFailedJobs } from './queue.ts';
import { waitForIdleQueue } from './testing.ts';
import {
  book,
  createSession,
  createWorkshop,
  jobsOf,
  memoryLogger,
  SITE_URL,
  testWorker,
} from './testing-fixtures.ts';

// The queue on a real Postgres, the worker sending through a real SMTP server that may go down.
let db: TestDatabase;
let smtp: SmtpTestServer;
let workshop: { placeId: string; activityId: string };

type Mail = SmtpTestServer['messages'][number];
const recipient = (m: Mail) => (m.to && 'text' in m.to ? m.to.text : '');
const mailsTo = (email: string) => smtp.messages.filter((m) => recipient(m) === email);

beforeAll(async () => {
  [db, smtp] = await Promise.all([createTestDatabase(), startSmtpTestServer()]);
  workshop = await createWorkshop(db.db);
});
afterAll(async () => {
  await smtp.stop();
  await db.drop();
});

describe('queuing in the booking transaction', () => {
  it('queues the confirmation with the booking, and nothing when the booking rolls back', async () => {
    const sessionId = await createSession(db.db, workshop);
    let rolledBackId = '';
    await expect(
      withServiceRole(db.db, 'test booking rolled back', async (tx) => {
        const result = await bookSession(tx, {
          sessionId,
          firstName: 'Rollback',
          email: 'rollback@test.fr',
          phone: null,
          prescriberName: null,
          prescriberOrganisation: null,
          userId: null,
          manageTokenHash: 'a'.repeat(64),
          idempotencyKey: randomUUID(),
        });
        rolledBackId = result?.bookingId as string;
        // Inside the transaction, the job is there with the booking…
        const { rows } = await sql<{ n: number }>`
          select count(*)::int as n from private.jobs
          where task = 'booking-mail' and payload ->> 'bookingId' = ${rolledBackId}`.execute(tx);
        expect(rows[0]?.n).toBe(1);
        throw new Error('the request failed after booking');
      }),
    ).rejects.toThrow('the request failed after booking');
    expect(rolledBackId).not.toBe('');
    // …and gone with it.
    expect(await jobsOf(db.db, { task: 'booking-mail', bookingId: rolledBackId })).toEqual([]);

    const committed = await book(db.db, sessionId, 'commit@test.fr');
    const jobs = await jobsOf(db.db, { task: 'booking-mail', bookingId: committed.bookingId });
    expect(jobs).toHaveLength(1);
    expect(jobs[0]).toMatchObject({ status: 'queued', payload: { kind: 'confirmed' } });
  });
});

describe('the worker', () => {
  it('sends the confirmation with its .ics and the private link, once', async () => {
    const sessionId = await createSession(db.db, workshop);
    const worker = testWorker(db.db, db.url, smtp.url);
    try {
      const booked = await book(db.db, sessionId, 'ines@test.fr');
      const mail = await smtp.waitFor((m) => recipient(m) === 'ines@test.fr');
      expect(mail.subject).toBe('Inscription confirmée : Prendre en main son smartphone');
      expect(mail.text).toContain(privateLink(SITE_URL, booked.token));
      expect(attachedFiles(mail)).toEqual(['atelier.ics']);
      const invitation = receivedInvitation(mail);
      expect(invitation?.method).toBe('REQUEST');
      const ics = invitation?.content ?? '';
      expect(ics).toContain('BEGIN:VEVENT');
      expect(ics).toContain(`UID:${booked.bookingId}@reseau-fabriques`);
      await waitForIdleQueue(db.db);
      expect(mailsTo('ines@test.fr')).toHaveLength(1);
      expect(await jobsOf(db.db, { task: 'booking-mail', bookingId: booked.bookingId })).toMatchObject([
        { status: 'done', attempts: 1 },
      ]);
    } finally {
      await worker.stop();
    }
  });

  it('keeps retrying while the mail server is down and delivers once it is back: nothing lost', async () => {
    const sessionId = await createSession(db.db, workshop);
    const { port, messages } = smtp;
    await smtp.stop();
    const logger = memoryLogger();
    const worker = testWorker(db.db, db.url, `smtp://127.0.0.1:${port}`, { logger });
    try {
      const booked = await book(db.db, sessionId, 'panne@test.fr');
      // Several attempts fail (connection refused) and are recorded, the job still queued.
      await expect
        .poll(async () => (await jobsOf(db.db, { task: 'booking-mail', bookingId: booked.bookingId }))[0], {
          timeout: 10_000,
        })
        .toMatchObject({ status: 'queued', attempts: expect.toSatisfy((n: number) => n >= 3) });
      const [failing] = await jobsOf(db.db, { task: 'booking-mail', bookingId: booked.bookingId });
      expect(failing?.last_error).toMatch(/ECONNREFUSED|connect/i);
      expect(logger.lines.some((l) => l.message === 'job failed, will retry')).toBe(true);

      smtp = await startSmtpTestServer({ port, messages });
      const mail = await smtp.waitFor((m) => recipient(m) === 'panne@test.fr', 10_000);
      expect(mail.text).toContain(privateLink(SITE_URL, booked.token));
      await waitForIdleQueue(db.db);
      expect(mailsTo('panne@test.fr')).toHaveLength(1);
      expect(await jobsOf(db.db, { task: 'booking-mail', bookingId: booked.bookingId })).toMatchObject([
        { status: 'done' },
      ]);
    } finally {
      await worker.stop();
    }
  });

  it('leaves a job failed and visible after its last attempt, and runs it again on demand', async () => {
    let broken = true;
    const worker = testWorker(db.db, db.url, smtp.url, {
      extra: {
        'flaky-test': async () => {
          if (broken) throw new Error('still broken');
          return undefined;
        },
      },
    });
    try {
      await withServiceRole(db.db, 'test job', (tx) =>
        enqueueJob(tx, { task: 'flaky-test', maxAttempts: 3 }),
      );
      await expect
        .poll(async () => (await listJobs(db.db, { task: 'flaky-test' }))[0]?.status, { timeout: 10_000 })
        .toBe('failed');
      const [failed] = await listJobs(db.db, { task: 'flaky-test' });
      expect(failed).toMatchObject({ status: 'failed', attempts: 3, lastError: 'still broken' });

      broken = false;
      expect(await retryFailedJobs(db.db, [failed?.id as number])).toBe(1);
      await expect
        .poll(async () => (await listJobs(db.db, { task: 'flaky-test' }))[0]?.status, { timeout: 10_000 })
        .toBe('done');
    } finally {
      await worker.stop();
    }
  });

  it('fails at once, keeping the reason, a job whose error says trying again cannot help', async () => {
    let runs = 0;
    const worker = testWorker(db.db, db.url, smtp.url, {
      extra: {
        // Any task may say so, as SmsSendError does: an error with `retryable: false`.
        'refused-test': async () => {
          runs++;
          throw Object.assign(new Error('the provider refused the key'), { retryable: false });
        },
      },
    });
    try {
      await withServiceRole(db.db, 'test job', (tx) =>
        enqueueJob(tx, { task: 'refused-test', maxAttempts: 5 }),
      );
      await expect
        .poll(async () => (await listJobs(db.db, { task: 'refused-test' }))[0]?.status, { timeout: 10_000 })
        .toBe('failed');
      expect((await listJobs(db.db, { status: 'failed', task: 'refused-test' }))[0]).toMatchObject({
        attempts: 1,
        maxAttempts: 5,
        lastError: 'the provider refused the key',
      });
      await waitForIdleQueue(db.db);
      expect(runs).toBe(1);
    } finally {
      await worker.stop();
    }
  });
});

describe('restarts', () => {
  it('leaves queued jobs to the next worker when one stops mid-queue', async () => {
    const sessionId = await createSession(db.db, workshop, { capacity: 30 });
    const emails = Array.from({ length: 12 }, (_, i) => `file-${i}@test.fr`);
    for (const email of emails) await book(db.db, sessionId, email);

    const first = testWorker(db.db, db.url, smtp.url, { concurrency: 1 });
    await smtp.waitFor((m) => emails.includes(recipient(m)));
    await first.stop();

    const second = testWorker(db.db, db.url, smtp.url);
    try {
      await waitForIdleQueue(db.db);
      for (const email of emails) expect(mailsTo(email), email).toHaveLength(1);
    } finally {
      await second.stop();
    }
  });

  it('runs again a job whose worker crashed while running it', async () => {
    const sessionId = await createSession(db.db, workshop);
    const booked = await book(db.db, sessionId, 'crash@test.fr');
    // A worker takes the job and dies before finishing it: the job stays locked by it.
    const claimed = await claimJobs(db.db, {
      workerId: 'crashed-worker',
      limit: 10,
      lockTimeoutSeconds: 300,
    });
    expect(claimed.some((j) => (j.payload as { bookingId?: string }).bookingId === booked.bookingId)).toBe(
      true,
    );
    expect(mailsTo('crash@test.fr')).toHaveLength(0);

    const next = testWorker(db.db, db.url, smtp.url, { lockTimeoutSeconds: 1 });
    try {
      const mail = await smtp.waitFor((m) => recipient(m) === 'crash@test.fr', 10_000);
      expect(mail.text).toContain(privateLink(SITE_URL, booked.token));
      await waitForIdleQueue(db.db);
      expect(mailsTo('crash@test.fr')).toHaveLength(1);
      expect(await jobsOf(db.db, { task: 'booking-mail', bookingId: booked.bookingId })).toMatchObject([
        { status: 'done', attempts: 2 },
      ]);
    } finally {
      await next.stop();
    }
  });
});

// Calendar invitations (decision 052): every e-mail of a booking carries the same event (same UID), a
// REQUEST while the person has a seat and a CANCEL once they have none, with a SEQUENCE that the database
// raises in the change's own transaction: a calendar application keeps the latest, whatever the order.
describe('calendar invitations', () => {
  const invitationsTo = (email: string) =>
    mailsTo(email).flatMap((m) => {
      const invitation = receivedInvitation(m);
      return invitation ? [{ ...invitation, event: parseInvitation(invitation.content) }] : [];
    });
  /** The session's start, to the second: iCalendar times have no fractions of a second. */
  const startsAtOf = async (sessionId: string) => {
    const { rows } = await sql<{ starts_at: string }>`
      select date_trunc('second', starts_at) as starts_at from public.sessions where id = ${sessionId}`.execute(
      db.db,
    );
    return new Date(rows[0]?.starts_at as string).toISOString();
  };
  const sequenceOf = (bookingId: string) =>
    withServiceRole(db.db, 'test sequence', (tx) => findBookingCalendarSequence(tx, bookingId));

  it('confirmed, moved, cancelled: one event in the person’s calendar, at the new time, then cancelled', async () => {
    const sessionId = await createSession(db.db, workshop, { startsInHours: 72 });
    const worker = testWorker(db.db, db.url, smtp.url);
    try {
      const booked = await book(db.db, sessionId, 'agenda@test.fr');
      const uid = `${booked.bookingId}@reseau-fabriques`;
      await smtp.waitFor((m) => recipient(m) === 'agenda@test.fr');
      const [confirmation] = invitationsTo('agenda@test.fr');
      expect(confirmation?.method).toBe('REQUEST');
      expect(confirmation?.event).toMatchObject({ uid, calendarMethod: 'REQUEST', status: 'CONFIRMED' });
      expect(confirmation?.event.start.toISOString()).toBe(await startsAtOf(sessionId));

      // The organisers move the session by a day.
      await sql`update public.sessions set starts_at = starts_at + interval '1 day',
        ends_at = ends_at + interval '1 day' where id = ${sessionId}`.execute(db.db);
      const movedTo = await startsAtOf(sessionId);
      await smtp.waitFor(
        (m) => recipient(m) === 'agenda@test.fr' && m.subject?.startsWith('Séance déplacée') === true,
      );
      const moved = invitationsTo('agenda@test.fr')[1];
      expect(moved?.method).toBe('REQUEST');
      expect(moved?.event.uid).toBe(uid);
      expect(moved?.event.sequence).toBeGreaterThan(confirmation?.event.sequence ?? 0);
      expect(moved?.event.start.toISOString()).toBe(movedTo);
      // Both, in order (or the confirmation late): one event, at the new time.
      for (const order of [
        [confirmation, moved],
        [moved, confirmation],
      ]) {
        const held = receiveInvitations(order.map((i) => i?.content ?? ''));
        expect([...held.keys()]).toEqual([uid]);
        expect(held.get(uid)?.start.toISOString()).toBe(movedTo);
      }

      // The person cancels.
      await sql`update public.bookings set status = 'cancelled' where id = ${booked.bookingId}`.execute(
        db.db,
      );
      await smtp.waitFor(
        (m) => recipient(m) === 'agenda@test.fr' && m.subject?.startsWith('Inscription annulée') === true,
      );
      const cancelled = invitationsTo('agenda@test.fr')[2];
      expect(cancelled?.method).toBe('CANCEL');
      expect(cancelled?.event).toMatchObject({ uid, calendarMethod: 'CANCEL', status: 'CANCELLED' });
      expect(cancelled?.event.sequence).toBeGreaterThan(moved?.event.sequence ?? 0);
      const held = receiveInvitations([confirmation, moved, cancelled].map((i) => i?.content ?? ''));
      expect(held.get(uid)?.status).toBe('CANCELLED');
      await waitForIdleQueue(db.db);
      expect(invitationsTo('agenda@test.fr')).toHaveLength(3);
    } finally {
      await worker.stop();
    }
  });

  it('grows with every change, two quick ones included, and when the booking moves to another session', async () => {
    const from = await createSession(db.db, workshop, { startsInHours: 72 });
    const to = await createSession(db.db, workshop, { startsInHours: 96 });
    const worker = testWorker(db.db, db.url, smtp.url);
    const booked = await book(db.db, from, 'sequence@test.fr');
    const seen = [await sequenceOf(booked.bookingId)];
    // Two moves of its session in a row, then a change that is not one (capacity): +1, +1, +0.
    for (const change of [
      sql`update public.sessions set starts_at = starts_at + interval '1 hour', ends_at = ends_at + interval '1 hour' where id = ${from}`,
      sql`update public.sessions set location_note = 'Salle 2' where id = ${from}`,
      sql`update public.sessions set capacity = capacity + 1 where id = ${from}`,
    ]) {
      await change.execute(db.db);
      seen.push(await sequenceOf(booked.bookingId));
    }
    expect(seen).toEqual([0, 1, 2, 2]);
    // Moved to a session that never changed (its own counter is 0): the event's SEQUENCE still grows.
    const hash = createHash('sha256').update(booked.token).digest('hex');
    const { rows } = await sql<{ outcome: string }>`
      select outcome from private.move_booking(${hash}, ${to}::uuid)`.execute(db.db);
    expect(rows[0]?.outcome).toBe('moved');
    expect(await sequenceOf(booked.bookingId)).toBe(3);
    // Nobody sets it by hand: the trigger derives it from the previous row.
    await sql`update public.bookings set calendar_sequence = 0 where id = ${booked.bookingId}`.execute(db.db);
    expect(await sequenceOf(booked.bookingId)).toBe(3);
    await waitForIdleQueue(db.db);
    await worker.stop();
  });
});
