import { createHash, randomUUID } from 'node:crypto';
import { bookSession } from '@rf/db/booking/booking-engine.repository';
import { withServiceRole } from '@rf/db/service';
import { createTestDatabase, createTestUser, type TestDatabase } from '@rf/db/testing';
import { type SmtpTestServer, startSmtpTestServer } from '@rf/mail/testing';
import { sql } from 'kysely';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { bookingToken, mailDate, privateLink } from './booking-link.ts';
import type { ClaimedJob } from './queue.ts';
import { createTasks } from './tasks/index.ts';
import { waitForIdleQueue } from './testing.ts';
import {
  ADMIN_URL,
  book,
  createSession,
  createWorkshop,
  jobsOf,
  LINK_KEY,
  mailDeps,
  makeDue,
  SITE_URL,
  testWorker,
} from './testing-fixtures.ts';
import type { Worker } from './worker.ts';

// Every change an organiser makes to a session reaches the people it affects (issue 14, decision 039):
// moved or changed place, capacity raised, minimum attendance unmet. Real Postgres, real SMTP server, the
// real worker; the queue's keys make each notice go out once, however often the change is saved.
let db: TestDatabase;
let smtp: SmtpTestServer;
let worker: Worker;
let workshop: { placeId: string; activityId: string };

type Mail = SmtpTestServer['messages'][number];
const recipient = (m: Mail) => (m.to && 'text' in m.to ? m.to.text : '');
const mailsTo = (email: string, subject = '') =>
  smtp.messages.filter((m) => recipient(m) === email && (m.subject ?? '').startsWith(subject));
const waitForMail = (email: string, subject: string) =>
  smtp.waitFor((m) => recipient(m) === email && (m.subject ?? '').startsWith(subject));

async function sessionRow(sessionId: string) {
  const { rows } = await sql<{ starts_at: string; status: string; cancellation_reason: string | null }>`
    select starts_at, status, cancellation_reason from public.sessions where id = ${sessionId}`.execute(
    db.db,
  );
  return rows[0] as { starts_at: string; status: string; cancellation_reason: string | null };
}

async function statusOf(bookingId: string): Promise<string> {
  const { rows } = await sql<{ status: string }>`
    select status from public.bookings where id = ${bookingId}`.execute(db.db);
  return rows[0]?.status as string;
}

/**
 * A booking with a phone number only (no e-mail) unless `contact` says otherwise: its notices are queued,
 * the e-mail task skips them.
 */
async function bookByPhone(
  sessionId: string,
  contact: { phone?: string | null; email?: string | null; locale?: 'fr' | 'en' } = {},
): Promise<string> {
  const idempotencyKey = randomUUID();
  const token = bookingToken(LINK_KEY, idempotencyKey);
  const result = await withServiceRole(db.db, 'test booking', (tx) =>
    bookSession(tx, {
      sessionId,
      firstName: 'Yann',
      email: contact.email ?? null,
      phone: contact.phone === undefined ? '+33612345678' : contact.phone,
      prescriberName: null,
      prescriberOrganisation: null,
      userId: null,
      manageTokenHash: createHash('sha256').update(token).digest('hex'),
      idempotencyKey,
      ...(contact.locale ? { locale: contact.locale } : {}),
    }),
  );
  if (!result) throw new Error('not booked');
  return result.bookingId;
}

/** Runs a task as the worker would, outside it: what a second attempt (a worker restarted) does. */
function runTask(task: string, payload: unknown, id = 1) {
  const job: ClaimedJob = { id, task, payload, attempt: 2, maxAttempts: 25, revision: 0 };
  const handler = createTasks(mailDeps(db.db, smtp.url))[task];
  if (!handler) throw new Error(`no task ${task}`);
  return handler(payload, job);
}

beforeAll(async () => {
  [db, smtp] = await Promise.all([createTestDatabase(), startSmtpTestServer()]);
  workshop = await createWorkshop(db.db);
});
afterAll(async () => {
  await smtp.stop();
  await db.drop();
});
beforeEach(() => {
  worker = testWorker(db.db, db.url, smtp.url);
});
afterEach(() => worker.stop());

describe('a session moved or changed place', () => {
  it('queues one notice per live booking, says the new date, and does it once', async () => {
    const sessionId = await createSession(db.db, workshop, { startsInHours: 72, capacity: 1 });
    const seated = await book(db.db, sessionId, 'deplace-place@test.fr');
    const waiting = await book(db.db, sessionId, 'deplace-attente@test.fr');
    const gone = await book(db.db, sessionId, 'deplace-parti@test.fr');
    await sql`update public.bookings set status = 'cancelled' where id = ${gone.bookingId}`.execute(db.db);
    const phoneOnly = await bookByPhone(sessionId);
    await waitForIdleQueue(db.db);

    const move = sql`update public.sessions set starts_at = starts_at + interval '1 day',
      ends_at = ends_at + interval '1 day' where id = ${sessionId}`;
    await move.execute(db.db);
    const startsAt = new Date((await sessionRow(sessionId)).starts_at).toISOString();
    const jobs = await jobsOf(db.db, { task: 'session-change' });
    const ofSession = jobs.filter((j) =>
      [seated.bookingId, waiting.bookingId, gone.bookingId, phoneOnly].includes(
        j.payload.bookingId as string,
      ),
    );
    expect(ofSession.map((j) => j.payload.bookingId).sort()).toEqual(
      [seated.bookingId, waiting.bookingId, phoneOnly].sort(),
    );
    for (const job of ofSession)
      expect(job.payload).toMatchObject({
        change: 'moved',
        startsAt: startsAt.replace(/\.(\d{3})Z$/, '.$1000Z'),
      });

    const mail = await waitForMail('deplace-place@test.fr', 'Séance déplacée');
    expect(mail.subject).toBe(`Séance déplacée : Prendre en main son smartphone, ${mailDate(startsAt)}`);
    expect(mail.text).toContain(`Nouvelle date : ${mailDate(startsAt)}`);
    expect(mail.text).toContain(privateLink(SITE_URL, seated.token));
    const ics = mail.attachments[0]?.content.toString() ?? '';
    expect(ics).toContain(`UID:${seated.bookingId}@reseau-fabriques`);
    expect(ics).toContain(`DTSTART:${startsAt.replace(/[-:]/g, '').replace(/\.\d{3}Z$/, 'Z')}`);
    const toWaiting = await waitForMail('deplace-attente@test.fr', 'Séance déplacée');
    expect(toWaiting.text).toContain('liste d’attente');
    expect(toWaiting.attachments).toEqual([]);
    await waitForIdleQueue(db.db);
    const phoneJob = await jobsOf(db.db, { task: 'session-change', bookingId: phoneOnly });
    expect(phoneJob).toMatchObject([{ status: 'done' }]);

    // The reminder follows the new time.
    const [reminder] = await jobsOf(db.db, { task: 'session-reminder', bookingId: seated.bookingId });
    expect(new Date(reminder?.payload.startsAt as string).toISOString()).toBe(startsAt);

    // The same change saved again (a second submit, same values), or a change nobody needs to hear of,
    // queues nothing more; a worker restarted sends nothing again.
    await sql`update public.sessions set starts_at = ${startsAt}, ends_at = ends_at where id = ${sessionId}`.execute(
      db.db,
    );
    await sql`update public.sessions set cancellation_cutoff_minutes = 60, booking_closes_at = starts_at
      where id = ${sessionId}`.execute(db.db);
    await worker.stop();
    worker = testWorker(db.db, db.url, smtp.url);
    await waitForIdleQueue(db.db);
    expect(await jobsOf(db.db, { task: 'session-change', bookingId: seated.bookingId })).toMatchObject([
      { status: 'done' },
    ]);
    expect(mailsTo('deplace-place@test.fr', 'Séance déplacée')).toHaveLength(1);
    expect(mailsTo('deplace-attente@test.fr', 'Séance déplacée')).toHaveLength(1);
    expect(mailsTo('deplace-parti@test.fr', 'Séance déplacée')).toHaveLength(0);

    // A stale notice (the session moved again since) is skipped when it runs.
    const stale = await runTask('session-change', {
      bookingId: seated.bookingId,
      change: 'moved',
      startsAt: new Date(Date.now() + 3_600_000).toISOString(),
    });
    expect(stale).toEqual({ skipped: 'the session moved again' });
  });

  it('tells the people booked of a new place, once per change', async () => {
    const sessionId = await createSession(db.db, workshop, { startsInHours: 72 });
    const booked = await book(db.db, sessionId, 'nouveau-lieu@test.fr');
    await waitForIdleQueue(db.db);

    await sql`update public.sessions set location_note = 'Salle 2, premier étage' where id = ${sessionId}`.execute(
      db.db,
    );
    const mail = await waitForMail('nouveau-lieu@test.fr', 'Changement de lieu');
    expect(mail.text).toContain('Nouveau lieu : Konk Ar Lab, 1 rue du Port, 29900');
    expect(mail.text).toContain('Salle 2, premier étage');
    expect(mail.text).toContain(privateLink(SITE_URL, booked.token));

    // Saved again unchanged: nothing; changed again: a new notice.
    await sql`update public.sessions set location_note = 'Salle 2, premier étage' where id = ${sessionId}`.execute(
      db.db,
    );
    await waitForIdleQueue(db.db);
    expect(mailsTo('nouveau-lieu@test.fr', 'Changement de lieu')).toHaveLength(1);
    await sql`update public.sessions set location_note = 'Salle 3' where id = ${sessionId}`.execute(db.db);
    await smtp.waitFor((m) => recipient(m) === 'nouveau-lieu@test.fr' && (m.text ?? '').includes('Salle 3'));
    await waitForIdleQueue(db.db);
    expect(mailsTo('nouveau-lieu@test.fr', 'Changement de lieu')).toHaveLength(2);
    expect(await jobsOf(db.db, { task: 'session-change', bookingId: booked.bookingId })).toHaveLength(1);
  });
});

describe('a session’s capacity raised', () => {
  it('gives the new seats to the people waiting, in arrival order, each told once', async () => {
    const sessionId = await createSession(db.db, workshop, { startsInHours: 72, capacity: 1 });
    await book(db.db, sessionId, 'capa-assis@test.fr');
    const first = await book(db.db, sessionId, 'capa-1@test.fr');
    const second = await book(db.db, sessionId, 'capa-2@test.fr');
    const third = await book(db.db, sessionId, 'capa-3@test.fr');
    await waitForIdleQueue(db.db);

    await sql`update public.sessions set capacity = 3 where id = ${sessionId}`.execute(db.db);
    expect(await statusOf(first.bookingId)).toBe('confirmed');
    expect(await statusOf(second.bookingId)).toBe('confirmed');
    expect(await statusOf(third.bookingId)).toBe('waitlisted');
    // The session is full again: a newcomer waits behind the third person.
    const newcomer = await book(db.db, sessionId, 'capa-nouveau@test.fr');
    expect(await statusOf(newcomer.bookingId)).toBe('waitlisted');

    const promoted = await waitForMail('capa-1@test.fr', 'Une place');
    expect(promoted.text).toContain(privateLink(SITE_URL, first.token));
    await waitForMail('capa-2@test.fr', 'Une place');
    // Saved again with the same capacity: nobody else moves, nobody is told twice.
    await sql`update public.sessions set capacity = 3 where id = ${sessionId}`.execute(db.db);
    await worker.stop();
    worker = testWorker(db.db, db.url, smtp.url);
    await waitForIdleQueue(db.db);
    expect(mailsTo('capa-1@test.fr', 'Une place')).toHaveLength(1);
    expect(mailsTo('capa-2@test.fr', 'Une place')).toHaveLength(1);
    expect(mailsTo('capa-3@test.fr', 'Une place')).toHaveLength(0);
    expect(await statusOf(third.bookingId)).toBe('waitlisted');
  });
});

describe('minimum attendance unmet at its deadline', () => {
  async function shortSession(action: 'cancel' | 'warn', tag: string) {
    const manager = await createTestUser(db.db, `gestion-${tag}@test.fr`, 'Gestionnaire');
    const small = await createWorkshop(db.db, { minAttendance: 3, minAttendanceAction: action });
    await sql`insert into public.place_memberships (place_id, user_id, role)
      values (${small.placeId}, ${manager.id}, 'manager')`.execute(db.db);
    const sessionId = await createSession(db.db, small, { startsInHours: 96, capacity: 1 });
    const people = [`${tag}-a@test.fr`, `${tag}-b@test.fr`];
    for (const email of people) await book(db.db, sessionId, email);
    await waitForIdleQueue(db.db);
    const [check] = await jobsOf(db.db, {
      task: 'min-attendance-check',
      key: `min-attendance-check:${sessionId}`,
    });
    return { sessionId, people, manager: `gestion-${tag}@test.fr`, check };
  }

  /** The SMS sent for this booking (development SMS mailbox), the quiet hours over. */
  async function smsOf(bookingId: string) {
    // The SMS is queued by the booking's notice job, which may still be running: wait for it first, or at
    // night its SMS is queued for 08:00 after the line below and never sent here.
    await waitForIdleQueue(db.db);
    await sql`update private.jobs set run_at = now() where task = 'booking-sms' and status = 'queued'`.execute(
      db.db,
    );
    await waitForIdleQueue(db.db);
    const { rows } = await sql<{ text_body: string; reference: string }>`
      select text_body, reference from public.dev_sms_mailbox where reference like ${`%-${bookingId}`}
      order by created_at`.execute(db.db);
    return rows;
  }

  it('cancels the session and tells every person booked, once, when the organisers chose so', async () => {
    const { sessionId, people, manager, check } = await shortSession('cancel', 'annule-auto');
    // A resident who gave only a mobile number, and one who booked in English.
    const byPhone = await bookByPhone(sessionId, { phone: '+33698700001' });
    await bookByPhone(sessionId, { phone: null, email: 'annule-auto-en@test.fr', locale: 'en' });
    await waitForIdleQueue(db.db);
    await makeDue(db.db, `min-attendance-check:${sessionId}`);
    const toManager = await waitForMail(manager, 'Séance annulée, trop peu d’inscrits');
    expect(toManager.text).toContain(`${ADMIN_URL}/seances/${sessionId}/presences`);
    for (const email of people) {
      const mail = await waitForMail(email, 'Séance annulée');
      expect(mail.text).toContain('Raison : trop peu de personnes inscrites, il en fallait au moins 3.');
      expect(mail.attachments[0]?.content.toString()).toContain('STATUS:CANCELLED');
    }
    expect(await sessionRow(sessionId)).toMatchObject({
      status: 'cancelled',
      cancellation_reason: 'trop peu de personnes inscrites, il en fallait au moins 3.',
    });
    // The reason stored in French reads in the language the person booked in.
    const english = await waitForMail('annule-auto-en@test.fr', 'Session cancelled');
    expect(english.text).toContain('Reason: too few people booked, at least 3 were needed.');
    // The phone-only resident is told by SMS why, not just "cancelled by the place".
    const cancelledSms = (await smsOf(byPhone)).filter((m) => m.reference.startsWith('booking-cancelled-'));
    expect(cancelledSms).toHaveLength(1);
    expect(cancelledSms[0]?.text_body).toMatch(/^Séance annulée, trop peu d'inscrits : /);

    // The same check run again (a worker restarted before recording it): the session is not cancelled
    // twice, nobody booked hears of it again; the organisers' notice keeps its Message-ID.
    await waitForIdleQueue(db.db);
    await runTask('min-attendance-check', check?.payload, check?.id);
    await waitForIdleQueue(db.db);
    for (const email of people) expect(mailsTo(email, 'Séance annulée')).toHaveLength(1);
    expect(mailsTo('annule-auto-en@test.fr', 'Session cancelled')).toHaveLength(1);
    expect((await smsOf(byPhone)).filter((m) => m.reference.startsWith('booking-cancelled-'))).toHaveLength(
      1,
    );
    const notices = mailsTo(manager, 'Séance annulée');
    expect(new Set(notices.map((m) => m.messageId)).size).toBe(1);
    expect(mailsTo(manager, 'Trop peu')).toHaveLength(0);
  });

  it('only warns the organisers when they chose so', async () => {
    const { sessionId, people, manager, check } = await shortSession('warn', 'previens');
    await makeDue(db.db, `min-attendance-check:${sessionId}`);
    const warning = await waitForMail(manager, 'Trop peu d’inscrits');
    expect(warning.text).toContain('compte 1 inscrit·e(s) confirmé·e(s), pour un minimum de 3');
    await waitForIdleQueue(db.db);
    expect(await runTask('min-attendance-check', check?.payload, check?.id)).toBeUndefined();
    expect((await sessionRow(sessionId)).status).toBe('scheduled');
    for (const email of people) expect(mailsTo(email, 'Séance annulée')).toHaveLength(0);
  });
});
