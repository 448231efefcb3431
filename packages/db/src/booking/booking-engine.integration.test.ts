import { randomUUID } from 'node:crypto';
import { bookingWindow } from '@rf/domain/booking/rules';
import { rateLimits } from '@rf/domain/rate-limits/limits';
import { slidingHits } from '@rf/domain/rate-limits/window';
import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withServiceRole } from '../service.server.ts';
import { createTestDatabase, type TestDatabase } from '../testing/index.ts';
import { bookSession, type NewBooking } from './booking-engine.repository.ts';
import { placeBookingWithLimits } from './place-booking.repository.ts';

// The engine on the real database (migration 20261206205122_booking_in_the_engine.sql, decision 065): the
// booking window is its rule now, answered as an outcome so that the transaction goes on; and the one
// statement `booking.book` sends counts, judges the limits (migration 20261207121537, decision 074), books
// and reads back.
let t: TestDatabase;
let placeId: string;
let activityId: string;

const inMinutes = (minutes: number) => new Date(Date.now() + minutes * 60_000).toISOString();

interface SessionTimes {
  startsInMinutes: number;
  opensInMinutes?: number;
  closesInMinutes?: number;
}

async function createSession({ startsInMinutes, opensInMinutes, closesInMinutes }: SessionTimes) {
  const { rows } = await sql<{
    id: string;
    startsAt: string;
    bookingOpensAt: string | null;
    bookingClosesAt: string | null;
  }>`
    insert into public.sessions (activity_id, place_id, starts_at, ends_at, capacity, booking_opens_at,
      booking_closes_at)
    values (${activityId}, ${placeId}, ${inMinutes(startsInMinutes)}, ${inMinutes(startsInMinutes + 120)}, 1,
      ${opensInMinutes === undefined ? null : inMinutes(opensInMinutes)},
      ${closesInMinutes === undefined ? null : inMinutes(closesInMinutes)})
    returning id, starts_at as "startsAt", booking_opens_at as "bookingOpensAt",
      booking_closes_at as "bookingClosesAt"`.execute(t.db);
  return rows[0] as NonNullable<(typeof rows)[number]>;
}

const person = (sessionId: string, email = `${randomUUID()}@test.fr`): NewBooking => ({
  sessionId,
  firstName: 'Camille',
  email,
  phone: null,
  prescriberName: null,
  prescriberOrganisation: null,
  userId: null,
  manageTokenHash: randomUUID().replaceAll('-', '').repeat(2),
  idempotencyKey: randomUUID(),
});

beforeAll(async () => {
  t = await createTestDatabase();
  const place = await sql<{ id: string }>`
    insert into public.places (slug, name, kinds, address, postal_code, commune_code, status)
    values ('fenetre-lab', 'Fenêtre Lab', '{FABLAB}', '1 rue du Port', '29900', '29039', 'published')
    returning id`.execute(t.db);
  placeId = place.rows[0]?.id as string;
  const activity = await sql<{ id: string }>`
    insert into public.activities (place_id, title, themes, status)
    values (${placeId}, 'Découvrir la découpe laser', '{prendre_en_main_du_materiel}', 'published')
    returning id`.execute(t.db);
  activityId = activity.rows[0]?.id as string;
});
afterAll(() => t.drop());

describe('private.book_session and the booking window', () => {
  it('books exactly when the domain’s bookingWindow says open, and refuses as booking_closed otherwise', async () => {
    const cases: SessionTimes[] = [
      { startsInMinutes: 60 * 24 },
      { startsInMinutes: 60 * 24, opensInMinutes: 60 },
      { startsInMinutes: 60 * 24, opensInMinutes: -60 },
      { startsInMinutes: 60 * 24, closesInMinutes: -1 },
      { startsInMinutes: 60 * 24, closesInMinutes: 5 },
      { startsInMinutes: -1 },
      { startsInMinutes: 5 },
      { startsInMinutes: 60 * 24, opensInMinutes: -60, closesInMinutes: 60 },
      { startsInMinutes: 60 * 24, opensInMinutes: 30, closesInMinutes: 60 },
    ];
    for (const times of cases) {
      const session = await createSession(times);
      const expected = bookingWindow({ ...session, cancelled: false }, new Date());
      const booked = withServiceRole(t.db, 'test', (tx) => bookSession(tx, person(session.id)));
      if (expected === 'open')
        await expect(booked, JSON.stringify(times)).resolves.toMatchObject({ outcome: 'created' });
      else await expect(booked, JSON.stringify(times)).rejects.toMatchObject({ code: 'booking_closed' });
    }
  });

  it('answers its refusals without aborting the transaction', async () => {
    const closed = await createSession({ startsInMinutes: 60, closesInMinutes: -1 });
    const answers = await withServiceRole(t.db, 'test', async (tx) => {
      const book = (sessionId: string) =>
        sql<{ outcome: string; booking_id: string | null }>`
          select outcome, booking_id from private.book_session(${sessionId}::uuid, 'Camille', 'c@test.fr',
            null, null, null, null, null, ${randomUUID()}, ${randomUUID()}::uuid)`.execute(tx);
      const unknown = await book(randomUUID());
      const late = await book(closed.id);
      // Still usable: the next statement runs.
      const { rows } = await sql<{ one: number }>`select 1 as one`.execute(tx);
      return [unknown.rows[0], late.rows[0], rows[0]?.one];
    });
    expect(answers).toEqual([
      { outcome: 'not_found', booking_id: null },
      { outcome: 'booking_closed', booking_id: null },
      1,
    ]);
  });

  it('is the server’s alone: neither anon nor authenticated may run the engine', async () => {
    const { rows } = await sql<{ name: string; anon: boolean; authenticated: boolean; service: boolean }>`
      select p.proname as name, has_function_privilege('anon', p.oid, 'execute') as anon,
        has_function_privilege('authenticated', p.oid, 'execute') as authenticated,
        has_function_privilege('service_role', p.oid, 'execute') as service
      from pg_proc p
      where p.pronamespace = 'private'::regnamespace
        and p.proname in ('book_session', 'place_booking', 'rate_limit_within')
      order by p.proname`.execute(t.db);
    expect(rows).toEqual([
      { name: 'book_session', anon: false, authenticated: false, service: true },
      { name: 'place_booking', anon: false, authenticated: false, service: true },
      { name: 'rate_limit_within', anon: false, authenticated: false, service: true },
    ]);
  });
});

describe('private.place_booking', () => {
  const checks = (subject: string) => [
    { limit: rateLimits.bookingsPerAddress, subject },
    { limit: rateLimits.bookingsPerPerson, subject: `person:${subject}` },
  ];

  it('counts, books and gives what the page shows; a replay of the key counts nothing', async () => {
    const session = await createSession({ startsInMinutes: 60 * 24 });
    const first = person(session.id, 'lou@test.fr');
    const subject = `192.0.2.${Math.floor(Math.random() * 250)}`;
    const placed = await withServiceRole(t.db, 'test', (tx) =>
      placeBookingWithLimits(tx, first, { checks: checks(subject), unlessReplayOf: first.idempotencyKey }),
    );
    expect(placed).toMatchObject({
      limits: { allowed: true },
      booked: { outcome: 'created' },
      booking: {
        status: 'confirmed',
        title: 'Découvrir la découpe laser',
        placeName: 'Fenêtre Lab',
        startsAt: session.startsAt,
        email: 'lou@test.fr',
        waitingBefore: 0,
        course: false,
      },
    });
    // One seat: the next person waits, first in line.
    const next = person(session.id);
    await expect(
      withServiceRole(t.db, 'test', (tx) =>
        placeBookingWithLimits(tx, next, { checks: checks(`${subject}-2`), unlessReplayOf: null }),
      ),
    ).resolves.toMatchObject({ booking: { status: 'waitlisted', waitingBefore: 0 } });

    const hits = async () => {
      const { rows } = await sql<{ hits: number }>`
        select coalesce(sum(hits), 0)::int as hits from private.rate_limit_counters
        where subject = ${subject}`.execute(t.db);
      return rows[0]?.hits;
    };
    expect(await hits()).toBe(1);
    const again = await withServiceRole(t.db, 'test', (tx) =>
      placeBookingWithLimits(tx, first, { checks: checks(subject), unlessReplayOf: first.idempotencyKey }),
    );
    expect(again).toMatchObject({ booked: { outcome: 'replayed' }, booking: { status: 'confirmed' } });
    expect(await hits()).toBe(1);
  });

  it('counts an attempt on a closed session, and refuses it', async () => {
    const session = await createSession({ startsInMinutes: -1 });
    const subject = `198.51.100.${Math.floor(Math.random() * 250)}`;
    const placed = await withServiceRole(t.db, 'test', (tx) =>
      placeBookingWithLimits(tx, person(session.id), { checks: checks(subject), unlessReplayOf: null }),
    );
    expect(placed).toEqual({ limits: { allowed: true }, refused: 'booking_closed' });
    const { rows } = await sql<{ hits: number }>`
      select coalesce(sum(hits), 0)::int as hits from private.rate_limit_counters
      where subject = ${subject}`.execute(t.db);
    expect(rows[0]?.hits).toBe(1);
  });

  const hitsOf = async (subject: string) => {
    const { rows } = await sql<{ hits: number }>`
      select coalesce(sum(hits), 0)::int as hits from private.rate_limit_counters
      where subject = ${subject}`.execute(t.db);
    return rows[0]?.hits;
  };
  const seatsTaken = async (sessionId: string) => {
    const { rows } = await sql<{ n: number }>`
      select count(*)::int as n from public.bookings where session_id = ${sessionId}`.execute(t.db);
    return rows[0]?.n;
  };

  it('sent alone, as the login role: refused by the limits, it counts nothing and books nothing', async () => {
    const session = await createSession({ startsInMinutes: 60 * 24 });
    const subject = `203.0.113.${Math.floor(Math.random() * 250)}`;
    const tight = [{ limit: { bucket: 'test:tight', max: 2, windowSeconds: 3600 }, subject }];
    const answers = [];
    for (let i = 0; i < 4; i++)
      answers.push(
        await placeBookingWithLimits(t.db, person(session.id), { checks: tight, unlessReplayOf: null }),
      );
    expect(answers.map((a) => ('booked' in a ? a.booking.status : a.limits))).toEqual([
      'confirmed',
      'waitlisted',
      { allowed: false, retryAfterSeconds: expect.any(Number) },
      { allowed: false, retryAfterSeconds: expect.any(Number) },
    ]);
    // The domain’s wait: within two windows, the time for this window’s two hits to slide out.
    const refused = answers[2]?.limits as { retryAfterSeconds: number };
    expect(refused.retryAfterSeconds).toBeGreaterThan(0);
    expect(refused.retryAfterSeconds).toBeLessThanOrEqual(2 * 3600);
    expect(await hitsOf(subject)).toBe(2);
    expect(await seatsTaken(session.id)).toBe(2);
  });

  it('a later session of a course counts nothing', async () => {
    const { rows } = await sql<{ id: string }>`
      insert into public.activities (place_id, title, themes, status, kind, booking_scope)
      values (${placeId}, 'Parcours tablette', '{prendre_en_main_du_materiel}', 'published', 'training', 'course')
      returning id`.execute(t.db);
    const courseId = rows[0]?.id as string;
    const { rows: sessions } = await sql<{ id: string }>`
      insert into public.sessions (activity_id, place_id, starts_at, ends_at, capacity)
      values (${courseId}, ${placeId}, ${inMinutes(60 * 24)}, ${inMinutes(60 * 24 + 120)}, 4),
        (${courseId}, ${placeId}, ${inMinutes(60 * 48)}, ${inMinutes(60 * 48 + 120)}, 4)
      returning id`.execute(t.db);
    const later = sessions.at(-1)?.id as string;
    const subject = `192.0.2.${Math.floor(Math.random() * 250)}`;
    const placed = await placeBookingWithLimits(t.db, person(later), {
      checks: checks(subject),
      unlessReplayOf: null,
    });
    expect(placed).toEqual({ limits: { allowed: true }, refused: 'course_booking_only' });
    expect(await hitsOf(subject)).toBe(0);
  });

  it('judges the counts as the domain’s sliding window does, on any counts', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 500 }),
        fc.integer({ min: 0, max: 500 }),
        fc.oneof(fc.double({ min: -5, max: 90_000, noNaN: true }), fc.integer({ min: 0, max: 86_400 })),
        fc.constantFrom(60, 900, 3600, 86_400),
        fc.integer({ min: 1, max: 400 }),
        async (current, previous, elapsedSeconds, windowSeconds, max) => {
          const { rows } = await sql<{ within: boolean }>`
            select private.rate_limit_within(${current}::integer, ${previous}::integer,
              ${elapsedSeconds}::double precision, ${windowSeconds}::integer, ${max}::integer) as within`.execute(
            t.db,
          );
          const limit = { bucket: 'test', max, windowSeconds };
          expect(rows[0]?.within).toBe(slidingHits(limit, { current, previous, elapsedSeconds }) <= max);
        },
      ),
      { numRuns: 300 },
    );
  });
});
