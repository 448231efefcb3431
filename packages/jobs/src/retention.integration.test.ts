// Recurring jobs and the retention purge on a real Postgres (docs/decisions/034): two workers on one
// database queue and run each scheduled run exactly once; the purge, run with a controlled clock, erases
// exactly the identifying fields it should, keeps the statistics, and changes nothing when run again.
import { createTestDatabase, type TestDatabase } from '@rf/db/testing';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Schedule, scheduledJobKey } from './schedule.ts';
import { rateLimitPurgeTask } from './tasks/rate-limit-purge.ts';
import { purgePersonalData } from './tasks/retention-purge.ts';
import { book, createSession, createWorkshop, memoryLogger } from './testing-fixtures.ts';
import { startWorker } from './worker.ts';

let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db.drop();
});

const DAY = 86_400_000;

describe('recurring jobs', () => {
  it('queues and runs each scheduled run once, with two workers on the same database', async () => {
    const schedules: Schedule[] = [{ task: 'tick', cron: '* * * * * *', timezone: 'Europe/Paris' }];
    const runs: { scheduledFor: string; worker: string }[] = [];
    const workers = ['a', 'b'].map((name) =>
      startWorker({
        db: db.db,
        databaseUrl: db.url,
        logger: memoryLogger(),
        tasks: {
          tick: async (payload) => {
            runs.push({ scheduledFor: (payload as { scheduledFor: string }).scheduledFor, worker: name });
            return undefined;
          },
        },
        schedules,
        scheduleEveryMs: 50,
        pollIntervalMs: 50,
        workerId: `worker-${name}`,
      }),
    );
    await new Promise((resolve) => setTimeout(resolve, 3500));
    await Promise.all(workers.map((worker) => worker.stop()));

    const { rows } = await sql<{ job_key: string; status: string; payload: { scheduledFor: string } }>`
      select job_key, status, payload from private.jobs where task = 'tick' order by run_at`.execute(db.db);
    const done = rows.filter((row) => row.status === 'done');
    expect(done.length).toBeGreaterThanOrEqual(2);
    // One job per scheduled instant, keyed by it…
    for (const row of rows)
      expect(row.job_key).toBe(scheduledJobKey('tick', new Date(row.payload.scheduledFor)));
    // …run once each, by one of the two workers.
    const ran = runs.map((run) => run.scheduledFor).sort();
    expect(new Set(ran).size).toBe(ran.length);
    expect(ran).toEqual(done.map((row) => row.payload.scheduledFor).sort());
  });
});

describe('the rate-limit purge', () => {
  it('deletes the counters past the window after theirs, and keeps the others', async () => {
    await sql`insert into private.rate_limit_counters (bucket, subject, window_seconds, window_start, hits)
      values ('purge:test', '203.0.113.9', 900, now() - interval '1 hour', 3),
        ('purge:test', '203.0.113.10', 900, now() - interval '10 minutes', 2)`.execute(db.db);
    const purge = rateLimitPurgeTask({ db: db.db });
    const run = (payload: object) =>
      purge(payload, { id: 1, task: 'rate-limit-purge', payload, attempt: 1, maxAttempts: 3, revision: 0 });
    expect(await run({ scheduledFor: new Date().toISOString() })).toEqual({ counts: { counters: 1 } });
    const { rows } = await sql<{ subject: string }>`
      select subject from private.rate_limit_counters where bucket = 'purge:test'`.execute(db.db);
    expect(rows).toEqual([{ subject: '203.0.113.10' }]);
    expect(await run({})).toEqual({ counts: { counters: 0 } });
  });
});

describe('the retention purge', () => {
  const identifying = [
    'first_name',
    'email',
    'phone',
    'person_key',
    'prescriber_name',
    'prescriber_organisation',
    'prescriber_email',
    'user_id',
    'manage_token_hash',
    'motive',
  ];
  const rest = (row: Record<string, unknown>) =>
    Object.fromEntries(
      Object.entries(row).filter(([key]) => ![...identifying, 'erased_at', 'updated_at'].includes(key)),
    );

  it('deletes development e-mails, invitations never accepted and sign-in links after their delays', async () => {
    await sql`insert into public.dev_mailbox (created_at, from_address, to_address, subject, text_body)
      values (now() - interval '8 days', 'a@test.fr', 'old@test.fr', 'Vieux', '…'),
             (now() - interval '6 days', 'a@test.fr', 'new@test.fr', 'Récent', '…')`.execute(db.db);
    await sql`insert into public.invitations (email, network_role, token_hash, expires_at)
      values ('old@test.fr', 'observer', ${'b'.repeat(64)}, now() - interval '31 days'),
             ('new@test.fr', 'observer', ${'c'.repeat(64)}, now() - interval '29 days')`.execute(db.db);
    await sql`insert into auth.users (id, aud, role, email, recovery_token, recovery_sent_at) values
      (gen_random_uuid(), 'authenticated', 'authenticated', 'lien-vieux@test.fr', ${'d'.repeat(64)},
        now() - interval '25 hours'),
      (gen_random_uuid(), 'authenticated', 'authenticated', 'lien-neuf@test.fr', ${'e'.repeat(64)},
        now() - interval '23 hours')`.execute(db.db);
    expect(await purgePersonalData(db.db)).toMatchObject({ devMailbox: 1, invitations: 1, signInLinks: 1 });
    const { rows: links } = await sql<{ email: string }>`
      select email from auth.users where recovery_token <> '' order by email`.execute(db.db);
    expect(links).toEqual([{ email: 'lien-neuf@test.fr' }]);
    const { rows: mailbox } = await sql<{
      to_address: string;
    }>`select to_address from public.dev_mailbox`.execute(db.db);
    expect(mailbox).toEqual([{ to_address: 'new@test.fr' }]);
    const { rows: invitations } = await sql<{ email: string }>`select email from public.invitations`.execute(
      db.db,
    );
    expect(invitations).toEqual([{ email: 'new@test.fr' }]);
    expect(await purgePersonalData(db.db)).toMatchObject({ devMailbox: 0, invitations: 0, signInLinks: 0 });
  });

  it('erases identifying fields after the delay, keeps the statistics, and does nothing the second time', async () => {
    const workshop = await createWorkshop(db.db);
    const sessionId = await createSession(db.db, workshop, { capacity: 2 });
    const seen = await book(db.db, sessionId, 'vue@test.fr', 'Vue');
    const noShow = await book(db.db, sessionId, 'absent@test.fr', 'Absent');
    const cancelled = await book(db.db, sessionId, 'annule@test.fr', 'Annule');
    const waiting = await book(db.db, sessionId, 'attente@test.fr', 'Attente');
    await sql`update public.bookings set status = 'cancelled' where id = ${cancelled.bookingId}`.execute(
      db.db,
    );
    await sql`update public.bookings set prescriber_name = 'Sam', prescriber_organisation = 'France Services'
      where id = ${seen.bookingId}`.execute(db.db);
    // The session took place ten days ago.
    const endedAt = new Date(Date.now() - 10 * DAY);
    await sql`update public.sessions set starts_at = ${new Date(endedAt.getTime() - 7_200_000).toISOString()},
      ends_at = ${endedAt.toISOString()} where id = ${sessionId}`.execute(db.db);
    await sql`update public.bookings set attendance = 'seen' where id = ${seen.bookingId}`.execute(db.db);
    await sql`update public.bookings set attendance = 'noshow' where id = ${noShow.bookingId}`.execute(db.db);
    const appointment = await sql<{ id: string }>`
      insert into public.appointments (place_id, starts_at, ends_at, motive, first_name, phone, consent_at, status)
      values (${workshop.placeId}, ${new Date(endedAt.getTime() - 3_600_000).toISOString()},
        ${endedAt.toISOString()}, 'Mon dossier CAF', 'Rdv', '+33611223344', now(), 'booked')
      returning id`.execute(db.db);
    const appointmentId = appointment.rows[0]?.id as string;
    const bookings = async () =>
      (
        await sql<Record<string, unknown>>`select * from public.bookings where session_id = ${sessionId}
          order by arrival`.execute(db.db)
      ).rows;
    const appointmentRow = async () =>
      (
        await sql<
          Record<string, unknown>
        >`select * from public.appointments where id = ${appointmentId}`.execute(db.db)
      ).rows[0] as Record<string, unknown>;
    const figures = async () =>
      (
        await sql<{ status: string; attendance: string | null; n: number }>`
          select status::text, attendance::text, count(*)::int as n from public.bookings
          where session_id = ${sessionId} group by 1, 2 order by 1, 2`.execute(db.db)
      ).rows;
    const before = await bookings();
    const appointmentBefore = await appointmentRow();
    const figuresBefore = await figures();
    expect(figuresBefore).toEqual([
      { status: 'cancelled', attendance: null, n: 1 },
      { status: 'confirmed', attendance: 'noshow', n: 1 },
      { status: 'confirmed', attendance: 'seen', n: 1 },
      { status: 'waitlisted', attendance: null, n: 1 },
    ]);

    // 19 days after the session: nothing is due yet.
    const at = (days: number) => new Date(endedAt.getTime() + days * DAY + 1000);
    expect(await purgePersonalData(db.db, at(19))).toMatchObject({ bookings: 0, appointments: 0 });
    expect(await bookings()).toEqual(before);

    // 30 days: cancelled and waitlisted bookings go; the rest stays.
    expect(await purgePersonalData(db.db, at(30))).toMatchObject({ bookings: 2, appointments: 0 });
    const afterShort = await bookings();
    for (const [index, row] of afterShort.entries()) {
      const old = before[index] as Record<string, unknown>;
      expect(rest(row)).toEqual(rest(old));
      if (row.id === cancelled.bookingId || row.id === waiting.bookingId) {
        expect(row).toMatchObject({
          first_name: '—',
          email: null,
          phone: null,
          person_key: null,
          prescriber_name: null,
          manage_token_hash: null,
          user_id: null,
        });
        expect(row.erased_at).not.toBeNull();
      } else expect(row).toEqual(old);
    }

    // 90 days: everybody.
    expect(await purgePersonalData(db.db, at(90))).toMatchObject({ bookings: 2, appointments: 1 });
    const after = await bookings();
    for (const [index, row] of after.entries()) {
      expect(rest(row)).toEqual(rest(before[index] as Record<string, unknown>));
      expect(row).toMatchObject({ first_name: '—', email: null, phone: null, person_key: null });
      expect(row.prescriber_organisation).toBeNull();
    }
    const appointmentAfter = await appointmentRow();
    expect(rest(appointmentAfter)).toEqual(rest(appointmentBefore));
    expect(appointmentAfter).toMatchObject({ first_name: '—', phone: null, motive: null, person_key: null });
    expect(await figures()).toEqual(figuresBefore);

    // Again: nothing changes.
    expect(await purgePersonalData(db.db, at(400))).toMatchObject({ bookings: 0, appointments: 0 });
    expect(await bookings()).toEqual(after);
    expect(await appointmentRow()).toEqual(appointmentAfter);
  });
});
