import { createHash } from 'node:crypto';
import { createTestDatabase, createTestUser, type TestDatabase } from '@rf/db/testing';
import { parseInvitation } from '@rf/domain/booking/ics-testing';
import {
  attachedFiles,
  receivedInvitation,
  type SmtpTestServer,
  startSmtpTestServer,
} from '@rf/mail/testing';
import { sql } from 'kysely';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { privateLink } from './booking-link.ts';
import { waitForIdleQueue } from './testing.ts';
import {
  ADMIN_URL,
  book,
  createSession,
  createWorkshop,
  jobsOf,
  makeDue,
  SITE_URL,
  testWorker,
} from './testing-fixtures.ts';
import type { Worker } from './worker.ts';

// What the tasks send, and when: reminders before a session, the minimum-attendance warning, the e-mails
// of a waitlist promotion and of cancellations. Real Postgres, real SMTP server, the real worker.
let db: TestDatabase;
let smtp: SmtpTestServer;
let worker: Worker;
let workshop: { placeId: string; activityId: string };

type Mail = SmtpTestServer['messages'][number];
const recipient = (m: Mail) => (m.to && 'text' in m.to ? m.to.text : '');
const mailsTo = (email: string, subject = '') =>
  smtp.messages.filter((m) => recipient(m) === email && (m.subject ?? '').startsWith(subject));

async function startsAtOf(sessionId: string): Promise<number> {
  const { rows } = await sql<{ starts_at: string }>`
    select starts_at from public.sessions where id = ${sessionId}`.execute(db.db);
  return new Date(rows[0]?.starts_at as string).getTime();
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

describe('session reminder', () => {
  it('is scheduled 48 hours before the session (the place’s default), and moves with it', async () => {
    const sessionId = await createSession(db.db, workshop, { startsInHours: 72 });
    const { bookingId } = await book(db.db, sessionId, 'rappel-72@test.fr');
    const [reminder] = await jobsOf(db.db, { task: 'session-reminder', bookingId });
    expect(reminder?.status).toBe('queued');
    expect(new Date(reminder?.run_at as string).getTime()).toBe(
      (await startsAtOf(sessionId)) - 48 * 3_600_000,
    );

    await sql`update public.sessions set starts_at = starts_at + interval '1 day',
      ends_at = ends_at + interval '1 day' where id = ${sessionId}`.execute(db.db);
    const moved = await jobsOf(db.db, { task: 'session-reminder', bookingId });
    expect(moved).toHaveLength(1);
    expect(new Date(moved[0]?.run_at as string).getTime()).toBe(
      (await startsAtOf(sessionId)) - 48 * 3_600_000,
    );
  });

  it('goes out when its time comes, with the private link', async () => {
    const sessionId = await createSession(db.db, workshop, { startsInHours: 72 });
    const booked = await book(db.db, sessionId, 'rappel@test.fr');
    await waitForIdleQueue(db.db);
    expect(mailsTo('rappel@test.fr', 'Rappel')).toHaveLength(0);

    await makeDue(db.db, `session-reminder:${booked.bookingId}`);
    const mail = await smtp.waitFor(
      (m) => recipient(m) === 'rappel@test.fr' && (m.subject ?? '').startsWith('Rappel'),
    );
    expect(mail.subject).toMatch(/^Rappel : Prendre en main son smartphone, /);
    expect(mail.text).toContain(privateLink(SITE_URL, booked.token));
    expect(attachedFiles(mail)).toEqual(['atelier.ics']);
    // The same event as the confirmation's, unchanged: a REQUEST with the same UID and SEQUENCE.
    const invitation = receivedInvitation(mail);
    expect(invitation?.method).toBe('REQUEST');
    const event = parseInvitation(invitation?.content ?? '');
    expect(event.uid).toBe(`${booked.bookingId}@reseau-fabriques`);
    expect(event.sequence).toBe(0);
    // To the second: iCalendar times have no fractions of a second.
    expect(event.start.getTime()).toBe(Math.floor((await startsAtOf(sessionId)) / 1000) * 1000);
  });

  it('for a booking made less than 24 hours before, goes out right away; none 2 hours before', async () => {
    const soon = await createSession(db.db, workshop, { startsInHours: 10 });
    await book(db.db, soon, 'tard@test.fr');
    await smtp.waitFor((m) => recipient(m) === 'tard@test.fr' && (m.subject ?? '').startsWith('Rappel'));

    const imminent = await createSession(db.db, workshop, { startsInHours: 1 });
    const { bookingId } = await book(db.db, imminent, 'trop-tard@test.fr');
    expect(await jobsOf(db.db, { task: 'session-reminder', bookingId })).toEqual([]);
    await waitForIdleQueue(db.db);
    expect(mailsTo('tard@test.fr', 'Rappel')).toHaveLength(1);
    expect(mailsTo('trop-tard@test.fr', 'Rappel')).toHaveLength(0);
  });

  it('is skipped when the booking or the session was cancelled meanwhile', async () => {
    const sessionId = await createSession(db.db, workshop, { startsInHours: 72 });
    const kept = await book(db.db, sessionId, 'garde@test.fr');
    const cancelled = await book(db.db, sessionId, 'annule@test.fr');
    await sql`update public.bookings set status = 'cancelled' where id = ${cancelled.bookingId}`.execute(
      db.db,
    );
    const otherSession = await createSession(db.db, workshop, { startsInHours: 72 });
    const ofCancelledSession = await book(db.db, otherSession, 'seance-annulee@test.fr');
    await sql`update public.sessions set status = 'cancelled' where id = ${otherSession}`.execute(db.db);

    for (const b of [kept, cancelled, ofCancelledSession])
      await makeDue(db.db, `session-reminder:${b.bookingId}`);
    await smtp.waitFor((m) => recipient(m) === 'garde@test.fr' && (m.subject ?? '').startsWith('Rappel'));
    await waitForIdleQueue(db.db);
    expect(mailsTo('annule@test.fr', 'Rappel')).toHaveLength(0);
    expect(mailsTo('seance-annulee@test.fr', 'Rappel')).toHaveLength(0);
    expect(await jobsOf(db.db, { task: 'session-reminder', bookingId: cancelled.bookingId })).toMatchObject([
      { status: 'done' },
    ]);
  });
});

describe('minimum attendance', () => {
  it('warns the organisers at the deadline only when too few people are confirmed', async () => {
    const manager = await createTestUser(db.db, 'gestionnaire@test.fr', 'Gestionnaire');
    const author = await createTestUser(db.db, 'auteur@test.fr', 'Autrice');
    // The organisers chose to be warned only (by default the session is cancelled: session-changes tests).
    const small = await createWorkshop(db.db, { minAttendance: 3, minAttendanceAction: 'warn' });
    await sql`insert into public.place_memberships (place_id, user_id, role)
      values (${small.placeId}, ${manager.id}, 'manager'), (${small.placeId}, ${author.id}, 'member')`.execute(
      db.db,
    );
    await sql`update public.activities set created_by = ${author.id} where id = ${small.activityId}`.execute(
      db.db,
    );
    const tooFew = await createSession(db.db, small, { startsInHours: 96 });
    const enough = await createSession(db.db, small, { startsInHours: 120 });
    await book(db.db, tooFew, 'seul@test.fr');
    for (const email of ['a@test.fr', 'b@test.fr', 'c@test.fr']) await book(db.db, enough, email);

    // Scheduled at the decision deadline: 48 hours before by default.
    const [check] = await jobsOf(db.db, {
      task: 'min-attendance-check',
      key: `min-attendance-check:${tooFew}`,
    });
    expect(new Date(check?.run_at as string).getTime()).toBe((await startsAtOf(tooFew)) - 48 * 3_600_000);

    await makeDue(db.db, `min-attendance-check:${tooFew}`);
    await makeDue(db.db, `min-attendance-check:${enough}`);
    const warning = await smtp.waitFor((m) => recipient(m) === 'gestionnaire@test.fr');
    expect(warning.subject).toMatch(/^Trop peu d’inscrits : Prendre en main son smartphone, /);
    expect(warning.text).toContain('compte 1 inscrit·e(s) confirmé·e(s), pour un minimum de 3');
    expect(warning.text).toContain(`${ADMIN_URL}/seances/${tooFew}/presences`);
    await waitForIdleQueue(db.db);
    expect(mailsTo('auteur@test.fr', 'Trop peu')).toHaveLength(1);
    // The author is only a member: the admin console would refuse them; their member space shows the activity.
    const toAuthor = mailsTo('auteur@test.fr', 'Trop peu')[0];
    expect(toAuthor?.text).toContain(`${SITE_URL}/espace/ateliers/${small.activityId}`);
    expect(toAuthor?.text).not.toContain(ADMIN_URL);
    expect(mailsTo('gestionnaire@test.fr', 'Trop peu')).toHaveLength(1);
    expect(smtp.messages.filter((m) => m.text?.includes(`/seances/${enough}/`))).toHaveLength(0);
  });

  it('has no check for an activity without a minimum', async () => {
    const sessionId = await createSession(db.db, workshop, { startsInHours: 96 });
    expect(
      await jobsOf(db.db, { task: 'min-attendance-check', key: `min-attendance-check:${sessionId}` }),
    ).toEqual([]);
  });
});

describe('booking e-mails', () => {
  it('tells the person promoted from the waitlist, and the one who cancelled', async () => {
    const sessionId = await createSession(db.db, workshop, { capacity: 1 });
    const first = await book(db.db, sessionId, 'premiere@test.fr');
    const waiting = await book(db.db, sessionId, 'attente@test.fr');
    await smtp.waitFor((m) => recipient(m) === 'attente@test.fr' && m.subject?.startsWith('Liste') === true);

    await sql`update public.bookings set status = 'cancelled' where id = ${first.bookingId}`.execute(db.db);
    await sql`update public.bookings set status = 'confirmed' where id = ${waiting.bookingId}`.execute(db.db);
    const promoted = await smtp.waitFor(
      (m) => recipient(m) === 'attente@test.fr' && m.subject?.startsWith('Une place') === true,
    );
    expect(promoted.text).toContain(privateLink(SITE_URL, waiting.token));
    const cancelled = await smtp.waitFor(
      (m) => recipient(m) === 'premiere@test.fr' && m.subject?.startsWith('Inscription annulée') === true,
    );
    expect(receivedInvitation(cancelled)?.method).toBe('CANCEL');
    expect(receivedInvitation(cancelled)?.content).toContain('STATUS:CANCELLED');
    await waitForIdleQueue(db.db);
    expect(mailsTo('attente@test.fr', 'Une place')).toHaveLength(1);
    expect(mailsTo('premiere@test.fr')).toHaveLength(2);
  });

  it('tells the people booked when the whole session is cancelled, with the reason', async () => {
    const sessionId = await createSession(db.db, workshop);
    const booked = await book(db.db, sessionId, 'annulation@test.fr');
    await smtp.waitFor((m) => recipient(m) === 'annulation@test.fr');
    // What cancelling a session does: the session and its bookings, in one transaction.
    await db.db.transaction().execute(async (tx) => {
      await sql`update public.sessions set status = 'cancelled', cancellation_reason = 'Animatrice malade'
        where id = ${sessionId}`.execute(tx);
      await sql`update public.bookings set status = 'cancelled' where session_id = ${sessionId}`.execute(tx);
    });
    const mail = await smtp.waitFor(
      (m) => recipient(m) === 'annulation@test.fr' && m.subject?.startsWith('Séance annulée') === true,
    );
    expect(mail.subject).toBe('Séance annulée : Prendre en main son smartphone');
    expect(mail.text).toContain('Raison : Animatrice malade');
    expect(mail.text).toContain(privateLink(SITE_URL, booked.token));
    await waitForIdleQueue(db.db);
    expect(mailsTo('annulation@test.fr')).toHaveLength(2);
  });

  it('greets with the letters of the first name only, whatever the anonymous form was given', async () => {
    const sessionId = await createSession(db.db, workshop);
    // 100 characters: the longest the form and the database take.
    const firstName =
      'Camille\r\nBcc: victim@example.org\n\n<a href="http://evil.example">Gagnez</a> '.padEnd(100, 'x');
    const booked = await book(db.db, sessionId, 'hostile@test.fr', firstName);
    const mail = await smtp.waitFor(
      (m) => recipient(m) === 'hostile@test.fr' && m.subject?.startsWith('Inscription confirmée') === true,
    );
    expect(mail.text?.split('\n')[0]).toBe('Bonjour Camille Bcc victim example org a href ht,');
    expect(mail.text).not.toMatch(/evil\.example|victim@|[<>]/);
    expect(mail.text).toContain(privateLink(SITE_URL, booked.token));
    expect(mail.html).toBeFalsy();
    expect(mail.headers.get('bcc')).toBeUndefined();
  });

  it('tells a confirmed person moved into a full session that they are on its waitlist', async () => {
    const from = await createSession(db.db, workshop, { startsInHours: 72 });
    const full = await createSession(db.db, workshop, { startsInHours: 96, capacity: 1 });
    await book(db.db, full, 'occupe@test.fr');
    const moving = await book(db.db, from, 'deplacee@test.fr');
    await smtp.waitFor((m) => recipient(m) === 'deplacee@test.fr');

    // What the private link's "change date" does (migration 20261123002100).
    const hash = createHash('sha256').update(moving.token).digest('hex');
    const { rows } = await sql<{ status: string; outcome: string }>`
      select status, outcome from private.move_booking(${hash}, ${full}::uuid)`.execute(db.db);
    expect(rows[0]).toEqual({ status: 'waitlisted', outcome: 'moved' });
    const mail = await smtp.waitFor(
      (m) => recipient(m) === 'deplacee@test.fr' && m.subject?.startsWith('Inscription déplacée') === true,
    );
    expect(mail.subject).toBe('Inscription déplacée, liste d’attente : Prendre en main son smartphone');
    expect(mail.text).toContain('vous êtes sur la liste d’attente');
    expect(mail.text).toContain(privateLink(SITE_URL, moving.token));
    // Their former seat leaves their calendar.
    expect(receivedInvitation(mail)?.method).toBe('CANCEL');
    expect(receivedInvitation(mail)?.content).toContain('STATUS:CANCELLED');
    await waitForIdleQueue(db.db);
    expect(mailsTo('deplacee@test.fr')).toHaveLength(2);
  });
});
