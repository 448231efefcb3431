import { withSession } from '@rf/db';
import { countAwaiting } from '@rf/db/console/awaiting.repository';
import { NOTHING_AWAITING } from '@rf/domain/console/navigation';
import { addDays, fromLocal, toLocal } from '@rf/domain/time/local-time';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeError } from '../../errors.ts';
import { type ApiHarness, startApiHarness } from '../../testing.ts';
import { callerAs, createHomeFixtures, type HomeFixtures, people } from '../home/home.fixtures.ts';

// console.awaiting on a real database: what waits for each role, counted as the viewer (RLS decides).
// The home fixtures hold a loan request of Konk Ar Lab (A) to La Machinerie (B) and A's report of the
// first quarter submitted; each place gets here a day of the same shape, so that A's manager counting any
// of B's would show.

let h: ApiHarness;
let f: HomeFixtures;
const TZ = 'Europe/Paris';
const today = toLocal(new Date(), TZ).date;
const dayStart = fromLocal(today, 0, TZ);
const dayEnd = fromLocal(addDays(today, 1), 0, TZ);
const HOUR = 3_600_000;

async function idOf(query: ReturnType<typeof sql<{ id: string }>>): Promise<string> {
  const { rows } = await query.execute(h.db.db);
  const id = rows[0]?.id;
  if (!id) throw new Error('no row');
  return id;
}

/** A place's day: a session today, another cancelled, an appointment today and one cancelled, a session two
 * days ago whose attendance is not taken, one whose attendance is, and a report sent back. */
async function aDayAt(placeId: string, activityTitle: string) {
  const db = h.db.db;
  const activity = await idOf(sql<{ id: string }>`
    select id from public.activities where title = ${activityTitle}`);
  const session = (startsAt: Date) =>
    idOf(sql<{ id: string }>`
      insert into public.sessions (activity_id, place_id, starts_at, ends_at, capacity)
      values (${activity}, ${placeId}, ${startsAt.toISOString()}, ${new Date(startsAt.getTime() + HOUR).toISOString()}, 5)
      returning id`);
  // Today, at 00:01 in France (whatever the hour now), and one cancelled.
  await session(new Date(dayStart.getTime() + 60_000));
  const cancelled = await session(new Date(dayStart.getTime() + 2 * HOUR));
  await sql`update public.sessions set status = 'cancelled', cancelled_at = now() where id = ${cancelled}`.execute(
    db,
  );
  // Two days ago: someone confirmed not marked (to take), and a session where everyone is marked.
  const booking = (sessionId: string, name: string, attendance: string | null) =>
    sql`insert into public.bookings (session_id, place_id, first_name, email, consent_at, attendance)
        values (${sessionId}, ${placeId}, ${name}, ${`${name}-${placeId.slice(0, 8)}@exemple.fr`}, now(),
          ${attendance}::public.attendance)`.execute(db);
  const toTake = await session(new Date(dayStart.getTime() - 2 * 24 * HOUR + 10 * HOUR));
  await booking(toTake, 'Armelle', null);
  await booking(toTake, 'Bastien', 'seen');
  const taken = await session(new Date(dayStart.getTime() - 2 * 24 * HOUR + 14 * HOUR));
  await booking(taken, 'Corentin', 'seen');

  const appointment = (startsAt: Date, status: 'booked' | 'cancelled') =>
    sql`insert into public.appointments (place_id, starts_at, ends_at, first_name, email, consent_at, status,
          cancelled_at)
        values (${placeId}, ${startsAt.toISOString()}, ${new Date(startsAt.getTime() + HOUR / 2).toISOString()},
          'Danielle', 'danielle@exemple.fr', now(), ${status}, ${status === 'cancelled' ? new Date().toISOString() : null})`.execute(
      db,
    );
  await appointment(new Date(dayStart.getTime() + 9 * HOUR), 'booked');
  await appointment(new Date(dayStart.getTime() + 11 * HOUR), 'cancelled');
  // Yesterday's and tomorrow's are not today's.
  await appointment(new Date(dayStart.getTime() - 2 * HOUR), 'booked');
  await appointment(new Date(dayEnd.getTime() + HOUR), 'booked');

  await sql`insert into public.reports (place_id, period, period_start, status, submitted_at, reviewed_at)
      values (${placeId}, 'quarter', '2025-07-01', 'sent_back', '2025-10-05T10:00:00Z', '2025-10-08T10:00:00Z')`.execute(
    db,
  );
}

beforeAll(async () => {
  h = await startApiHarness();
  f = await createHomeFixtures(h);
  await aDayAt(f.places.A, 'Initiation à la découpe laser');
  await aDayAt(f.places.B, 'Prendre en main son smartphone');
  // B lends too: its projector, asked by A; and a request B already answered.
  const projector = await idOf(
    sql<{ id: string }>`select id from public.tools where name = 'Vidéoprojecteur'`,
  );
  for (const [days, status] of [
    [20, 'requested'],
    [30, 'declined'],
  ] as const) {
    await sql`insert into public.loans (tool_id, lender_place_id, borrower_place_id, period, status)
        values (${projector}, ${f.places.B}, ${f.places.A},
          tstzrange(now() + make_interval(days => ${days}), now() + make_interval(days => ${days + 2})),
          ${status})`.execute(h.db.db);
  }
});
afterAll(() => h.stop());

describe('console.awaiting', () => {
  it('counts for a manager what waits in their places only', async () => {
    const counts = await (await callerAs(h, 'managerA')).console.awaiting();
    expect(counts).toEqual({
      reportsToValidate: 0,
      reportsToRevise: 1,
      loansToApprove: 1,
      attendanceToTake: 1,
      sessionsToday: 1,
      appointmentsToday: 1,
    });
    // B's manager: B's day, the projector's request; A's submitted report is not theirs to validate.
    expect(await (await callerAs(h, 'managerB')).console.awaiting()).toEqual({
      reportsToValidate: 0,
      reportsToRevise: 1,
      loansToApprove: 1,
      attendanceToTake: 1,
      sessionsToday: 1,
      appointmentsToday: 1,
    });
  });

  it('counts for a network admin the reports to validate and the loan requests of the network', async () => {
    expect(await (await callerAs(h, 'admin')).console.awaiting()).toEqual({
      ...NOTHING_AWAITING,
      reportsToValidate: 1,
      loansToApprove: 2,
    });
  });

  it('gives members, residents and observers nothing', async () => {
    for (const who of ['memberA', 'resident', 'observer'] as const) {
      expect(await (await callerAs(h, who)).console.awaiting(), who).toEqual(NOTHING_AWAITING);
    }
  });

  it('refuses someone signed out', async () => {
    const error = await (await callerAs(h, 'anon')).console.awaiting().catch((e: unknown) => e);
    expect(describeError(error)).toMatchObject({ code: 'unauthenticated' });
  });
});

describe('countAwaiting', () => {
  const scope = () => ({
    dayStart: dayStart.toISOString(),
    dayEnd: dayEnd.toISOString(),
    attendanceSince: new Date(dayStart.getTime() - 7 * 24 * HOUR).toISOString(),
  });
  const claimsOf = async (email: string) => {
    const { rows } = await sql<{ id: string }>`select id from auth.users where email = ${email}`.execute(
      h.db.db,
    );
    const sub = rows[0]?.id as string;
    return { sub, role: 'authenticated' as const, email, aud: 'authenticated', exp: Date.now() / 1000 + 600 };
  };

  it('counts only what RLS shows the viewer, even when asked about every place', async () => {
    const asked = { placeIds: null, ...scope() };
    const asMember = await withSession(h.db.db, await claimsOf(people.memberA), (tx) =>
      countAwaiting(tx, asked),
    );
    // A member of A sees no report at all; the loans A lends or borrows (both requests), A's bookings
    // and appointments (its team's), and the sessions of every published workshop.
    expect(asMember).toEqual({
      reportsToValidate: 0,
      reportsToRevise: 0,
      loansToApprove: 2,
      attendanceToTake: 1,
      sessionsToday: 2,
      appointmentsToday: 1,
    });
    // A's manager, asked about every place, still counts only A's reports and B's appointments none.
    const asManagerA = await withSession(h.db.db, await claimsOf(people.managerA), (tx) =>
      countAwaiting(tx, asked),
    );
    expect(asManagerA).toMatchObject({ reportsToValidate: 1, reportsToRevise: 1, appointmentsToday: 1 });
    // Signed out, the reports are not even readable: the procedure never runs for anyone signed out.
    await expect(withSession(h.db.db, null, (tx) => countAwaiting(tx, asked))).rejects.toThrow(
      /permission denied/,
    );
  });
});
