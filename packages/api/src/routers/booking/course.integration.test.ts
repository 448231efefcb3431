import { randomUUID } from 'node:crypto';
import { listSessionAttendance } from '@rf/db/booking/attendance.repository';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callerFor } from '../../caller.ts';
import { type ApiHarness, startApiHarness } from '../../testing.ts';

// Courses booked as a whole (decision 044): one booking of the first session (the lead) takes a seat at
// every session of the training (its followers), on the real database with a real SMTP server.
let h: ApiHarness;
let placeId: string;

const inHours = (hours: number) => new Date(Date.now() + hours * 3_600_000).toISOString();

/** A published training booked as a course, with sessions 3, 10, 17… days from now. */
async function createCourse(
  capacity: number,
  sessions = 3,
): Promise<{ activityId: string; sessionIds: string[] }> {
  const activity = await sql<{ id: string }>`
    insert into public.activities (place_id, kind, title, themes, status, booking_scope)
    values (${placeId}, 'training', 'Cycle bureautique', '{prendre_en_main_du_materiel}', 'published', 'course')
    returning id`.execute(h.db.db);
  const activityId = activity.rows[0]?.id as string;
  const sessionIds: string[] = [];
  for (let i = 0; i < sessions; i++) {
    const starts = 72 + i * 7 * 24;
    const { rows } = await sql<{ id: string }>`
      insert into public.sessions (activity_id, place_id, starts_at, ends_at, capacity, cancellation_cutoff_minutes)
      values (${activityId}, ${placeId}, ${inHours(starts)}, ${inHours(starts + 2)}, ${capacity}, 1440)
      returning id`.execute(h.db.db);
    sessionIds.push(rows[0]?.id as string);
  }
  return { activityId, sessionIds };
}

function callerAt(ip: string) {
  const request = new Request('http://localhost:3000/');
  return callerFor(h.services, { request, responseHeaders: new Headers(), clientAddress: ip });
}

const ipOf = (i: number) => `10.7.${Math.floor(i / 250)}.${i % 250}`;

async function book(sessionId: string, who: string, ip = '10.6.0.1') {
  return (await callerAt(ip)).booking.book({
    sessionId,
    idempotencyKey: randomUUID(),
    firstName: who,
    email: `${who}@test.fr`,
    consent: true,
  });
}

interface Row {
  id: string;
  session_id: string;
  email: string | null;
  status: string;
  course_booking_id: string | null;
  manage_token_hash: string | null;
}

async function rowsOf(activityId: string): Promise<Row[]> {
  const { rows } = await sql<Row>`
    select b.id, b.session_id, b.email, b.status, b.course_booking_id, b.manage_token_hash
    from public.bookings b join public.sessions s on s.id = b.session_id
    where s.activity_id = ${activityId}
    order by s.starts_at, b.arrival`.execute(h.db.db);
  return rows;
}

const ofPerson = (rows: Row[], who: string) => rows.filter((r) => r.email === `${who}@test.fr`);
const mailsTo = (who: string, subject: string) =>
  h.smtp.messages.filter(
    (m) =>
      (m.to && 'text' in m.to ? m.to.text : '') === `${who}@test.fr` &&
      (m.subject?.startsWith(subject) ?? false),
  );

beforeAll(async () => {
  h = await startApiHarness({ env: { DATABASE_POOL_SIZE: '40' } });
  const place = await sql<{ id: string }>`
    insert into public.places (slug, name, kinds, address, postal_code, commune_code, status)
    values ('cyber-base', 'Cyber-base', '{FABLAB}', '2 rue du Port', '29900', '29039', 'published')
    returning id`.execute(h.db.db);
  placeId = place.rows[0]?.id as string;
});
afterAll(() => h.stop());

describe('a course booked as a whole', () => {
  it('books every session with one booking, one private link and one e-mail', async () => {
    const { activityId, sessionIds } = await createCourse(5);
    const result = await book(sessionIds[0] as string, 'anna');
    expect(result).toMatchObject({ outcome: 'created', status: 'confirmed' });
    expect(result.courseDates).toHaveLength(3);

    const rows = ofPerson(await rowsOf(activityId), 'anna');
    expect(rows.map((r) => r.session_id)).toEqual(sessionIds);
    expect(rows.every((r) => r.status === 'confirmed')).toBe(true);
    const [lead, ...followers] = rows;
    expect(lead?.course_booking_id).toBeNull();
    expect(lead?.manage_token_hash).toBeTruthy();
    expect(followers.every((r) => r.course_booking_id === lead?.id && r.manage_token_hash === null)).toBe(
      true,
    );

    await h.drainJobs();
    await h.smtp.waitFor((m) => m.subject?.startsWith('Inscription confirmée') ?? false);
    await h.drainJobs();
    const mails = mailsTo('anna', 'Inscription confirmée');
    expect(mails).toHaveLength(1);
    // The one e-mail lists the three dates.
    expect(mails[0]?.text).toContain('toutes les séances du cycle');
    expect(mails[0]?.text?.match(/^- /gm)).toHaveLength(3);

    // The private link lists every date, and offers no other date to move to.
    const page = await (await callerAt('10.6.0.2')).booking.byToken({ token: result.token as string });
    expect(page.courseDates.map((d) => d.startsAt)).toEqual(result.courseDates.map((d) => d.startsAt));
    expect(page.moveTargets).toEqual([]);
    expect(page.canMove).toBe(false);

    // The session page says it is a course, with its dates; a later session points to the first.
    const details = await (await callerAt('10.6.0.3')).booking.sessionDetails({
      sessionId: sessionIds[1] as string,
    });
    expect(details.course).toMatchObject({ firstSessionId: sessionIds[0], isFirstSession: false });
    // The same dates, written as everywhere else (the driver's text of a timestamp).
    expect(details.course?.dates.map((d) => d.startsAt)).toEqual(result.courseDates.map((d) => d.startsAt));

    // Attendance stays per session: the place ticks the person on each session's list.
    for (const sessionId of sessionIds) {
      const list = await h.db.db.transaction().execute((tx) => listSessionAttendance(tx, sessionId));
      expect(list.map((row) => row.firstName)).toEqual(['anna']);
    }
  });

  it('refuses a direct booking of a later session', async () => {
    const { activityId, sessionIds } = await createCourse(5);
    await expect(book(sessionIds[1] as string, 'bruno')).rejects.toThrow('course_booking_only');
    expect(await rowsOf(activityId)).toEqual([]);
  });

  it('refuses to move a course booking', async () => {
    const { sessionIds } = await createCourse(5);
    const { token } = await book(sessionIds[0] as string, 'chloe');
    await expect(
      (await callerAt('10.6.0.4')).booking.move({
        token: token as string,
        sessionId: sessionIds[1] as string,
      }),
    ).rejects.toThrow('course_not_movable');
  });

  it('waitlists a full course everywhere; cancelling the lead frees every seat for the next in line, told once', async () => {
    const { activityId, sessionIds } = await createCourse(1);
    const first = await book(sessionIds[0] as string, 'david');
    const second = await book(sessionIds[0] as string, 'emma');
    expect(first.status).toBe('confirmed');
    expect(second).toMatchObject({ status: 'waitlisted', waitlistPosition: 1 });
    expect(ofPerson(await rowsOf(activityId), 'emma').map((r) => r.status)).toEqual([
      'waitlisted',
      'waitlisted',
      'waitlisted',
    ]);
    await h.drainJobs();

    await (await callerAt('10.6.0.5')).booking.cancel({ token: first.token as string });
    const rows = await rowsOf(activityId);
    expect(ofPerson(rows, 'david').map((r) => r.status)).toEqual(['cancelled', 'cancelled', 'cancelled']);
    expect(ofPerson(rows, 'emma').map((r) => r.status)).toEqual(['confirmed', 'confirmed', 'confirmed']);

    await h.drainJobs();
    await h.smtp.waitFor((m) => m.subject?.startsWith('Une place s’est libérée') ?? false);
    await h.drainJobs();
    expect(mailsTo('emma', 'Une place s’est libérée')).toHaveLength(1);
    expect(mailsTo('david', 'Inscription annulée')).toHaveLength(1);
  });

  it('promotes the whole course booking when the first session gets more seats', async () => {
    const { activityId, sessionIds } = await createCourse(1);
    await book(sessionIds[0] as string, 'farid');
    await book(sessionIds[0] as string, 'gaelle');
    await sql`update public.sessions set capacity = 2 where id = ${sessionIds[0]}`.execute(h.db.db);
    expect(ofPerson(await rowsOf(activityId), 'gaelle').map((r) => r.status)).toEqual([
      'confirmed',
      'confirmed',
      'confirmed',
    ]);
  });

  it('never promotes a follower on its own when a later session gets more seats', async () => {
    const { activityId, sessionIds } = await createCourse(1);
    await book(sessionIds[0] as string, 'hugo');
    await book(sessionIds[0] as string, 'ines');
    await sql`update public.sessions set capacity = 3 where id = ${sessionIds[1]}`.execute(h.db.db);
    expect(ofPerson(await rowsOf(activityId), 'ines').map((r) => r.status)).toEqual([
      'waitlisted',
      'waitlisted',
      'waitlisted',
    ]);
  });

  it('cancels one date of the course alone when its session is cancelled, and tells the person', async () => {
    const { activityId, sessionIds } = await createCourse(2);
    await book(sessionIds[0] as string, 'jade');
    await h.drainJobs();
    // As the worker does it (the service role): the session and its bookings, in one transaction.
    await h.db.db.transaction().execute(async (tx) => {
      await sql`select set_config('request.jwt.claims', '{"role":"service_role"}', true)`.execute(tx);
      await sql`select private.cancel_session(${sessionIds[1]}::uuid, 'Formateur malade')`.execute(tx);
    });
    expect(ofPerson(await rowsOf(activityId), 'jade').map((r) => r.status)).toEqual([
      'confirmed',
      'cancelled',
      'confirmed',
    ]);
    await h.drainJobs();
    await h.smtp.waitFor(
      (m) =>
        (m.to && 'text' in m.to ? m.to.text : '') === 'jade@test.fr' &&
        (m.text?.includes('Formateur malade') ?? false),
    );
  });
});

describe('erasing a course booking', () => {
  it('erases the person from every session of the course', async () => {
    const { activityId, sessionIds } = await createCourse(5);
    const { token } = await book(sessionIds[0] as string, 'karim');
    await (await callerAt('10.6.0.6')).privacy.eraseBooking({ token: token as string });
    const { rows } = await sql<{ n: number }>`
      select count(*)::int as n from public.bookings b join public.sessions s on s.id = b.session_id
      where s.activity_id = ${activityId} and (b.email is not null or b.erased_at is null)`.execute(h.db.db);
    expect(rows[0]?.n).toBe(0);
  });
});

describe('concurrent course bookings', () => {
  it('confirms exactly as many leads as the first session has seats, every follower like its lead', async () => {
    const capacity = 8;
    const { activityId, sessionIds } = await createCourse(capacity);
    const callers = await Promise.all(Array.from({ length: 60 }, (_, i) => callerAt(ipOf(i))));
    const settled = await Promise.allSettled(
      callers.map((api, i) =>
        api.booking.book({
          sessionId: sessionIds[0] as string,
          idempotencyKey: randomUUID(),
          firstName: `Personne ${i}`,
          email: `course-${i}@test.fr`,
          consent: true,
        }),
      ),
    );
    expect(settled.filter((r) => r.status === 'rejected')).toEqual([]);

    const rows = await rowsOf(activityId);
    expect(rows).toHaveLength(60 * 3);
    const leads = rows.filter((r) => r.course_booking_id === null);
    expect(leads).toHaveLength(60);
    expect(leads.filter((r) => r.status === 'confirmed')).toHaveLength(capacity);
    const statusOf = new Map(leads.map((r) => [r.id, r.status]));
    for (const follower of rows.filter((r) => r.course_booking_id !== null))
      expect(follower.status).toBe(statusOf.get(follower.course_booking_id as string));
    for (const sessionId of sessionIds)
      expect(rows.filter((r) => r.session_id === sessionId && r.status === 'confirmed')).toHaveLength(
        capacity,
      );
  });
});
