import { randomUUID } from 'node:crypto';
import { availabilitySlots } from '@rf/domain/appointments/slots';
import { rateLimits } from '@rf/domain/rate-limits/limits';
import { TRPCError } from '@trpc/server';
import { getHTTPStatusCodeFromError } from '@trpc/server/http';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callerFor } from './caller.ts';
import { describeError } from './errors.ts';
import { type ApiHarness, startApiHarness } from './testing.ts';

// Rate limits (docs/decisions/033-rate-limits.md) through the real procedures, on the real database,
// with TWO service instances sharing it as two app servers would: bookings and appointments per client
// address, per session or médiateur, per account; sign-in failures per client; link e-mails per
// destination and per client; invitations. Each test uses addresses of its own.
let h: ApiHarness;
let other: ApiHarness;
let placeId: string;
let activityId: string;
let mediateur: string;

const HOUR = 3_600_000;
const inHours = (hours: number) => new Date(Date.now() + hours * HOUR).toISOString();

/** A caller as a browser at this address would get it, on the first or the second instance. */
function callerAt(ip: string, instance: ApiHarness = h, cookies: string[] = []) {
  const request = new Request('http://localhost:3000/', {
    headers: { cookie: cookies.map((c) => c.split(';')[0]).join('; ') },
  });
  const responseHeaders = new Headers();
  return callerFor(instance.services, { request, responseHeaders, clientAddress: ip });
}

let sessionCount = 0;
async function createSession(capacity = 50): Promise<string> {
  // Sessions of one workshop start at different times.
  sessionCount += 1;
  const startsIn = 72 + sessionCount;
  const { rows } = await sql<{ id: string }>`
    insert into public.sessions (activity_id, place_id, starts_at, ends_at, capacity)
    values (${activityId}, ${placeId}, ${inHours(startsIn)}, ${inHours(startsIn + 1)}, ${capacity})
    returning id`.execute(h.db.db);
  return rows[0]?.id as string;
}

async function createSessions(count: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) ids.push(await createSession());
  return ids;
}

/**
 * The wait the sliding window gives after `max` hits made just now in a window of `windowSeconds`: to the
 * end of the current fixed window, then until those hits weigh `max - 1` in the next one.
 */
function expectWait(seconds: number | undefined, max: number, windowSeconds: number): void {
  const elapsed = (Date.now() / 1000) % windowSeconds;
  expect(seconds).toBeGreaterThan(0);
  // The hits may straddle two fixed windows when the test ran across a boundary: then only the bounds hold.
  if (elapsed < 10) return void expect(seconds).toBeLessThanOrEqual(2 * windowSeconds);
  const expected = windowSeconds - elapsed + windowSeconds * (1 - (max - 1) / max);
  expect(Math.abs((seconds ?? 0) - expected)).toBeLessThan(10);
}

async function bookingsIn(sessionIds: string[]): Promise<number> {
  const { rows } = await sql<{ n: number }>`
    select count(*)::int as n from public.bookings where session_id = any(${sessionIds}::uuid[])`.execute(
    h.db.db,
  );
  return rows[0]?.n ?? 0;
}

const resident = (sessionId: string, tag: string) => ({
  sessionId,
  idempotencyKey: randomUUID(),
  firstName: 'Camille',
  email: `${tag}@test.fr`,
  consent: true as const,
});

/** What a refusal carries to the pages: the code, the HTTP status and the seconds to wait. */
function refusal(error: unknown) {
  return {
    code: describeError(error).code,
    status: error instanceof TRPCError ? getHTTPStatusCodeFromError(error) : 500,
    retryAfterSeconds: describeError(error).retryAfterSeconds,
  };
}

beforeAll(async () => {
  h = await startApiHarness({ env: { DATABASE_POOL_SIZE: '20' } });
  // A second app instance on the same database (its own pool, auth service, mailer and worker).
  other = await startApiHarness({
    env: { DATABASE_POOL_SIZE: '20' },
    database: { ...h.db, drop: async () => {} },
  });
  const place = await sql<{ id: string }>`
    insert into public.places (slug, name, kinds, address, postal_code, commune_code, status)
    values ('konk-ar-lab', 'Konk Ar Lab', '{FABLAB}', '1 rue du Port', '29900', '29039', 'published')
    returning id`.execute(h.db.db);
  placeId = place.rows[0]?.id as string;
  const activity = await sql<{ id: string }>`
    insert into public.activities (place_id, title, themes, status)
    values (${placeId}, 'Prendre en main son smartphone', '{prendre_en_main_du_materiel}', 'published')
    returning id`.execute(h.db.db);
  activityId = activity.rows[0]?.id as string;
  mediateur = await h.createPerson({
    email: 'mediateur@test.fr',
    password: 'mot-de-passe-m',
    places: [{ placeId, role: 'member' }],
  });
}, 60_000);
afterAll(async () => {
  await other?.stop();
  await h?.stop();
});

describe('anonymous bookings', () => {
  it('refuses one address after 12 bookings an hour, with fresh e-mails, and writes nothing beyond', async () => {
    const sessions = await createSessions(25);
    const api = await callerAt('203.0.113.10');
    const outcomes: string[] = [];
    let last: unknown;
    for (let i = 0; i < 100; i++) {
      const sessionId = sessions[i % sessions.length] as string;
      await api.booking.book(resident(sessionId, `script-${i}`)).then(
        () => outcomes.push('created'),
        (error: unknown) => {
          last = error;
          outcomes.push(describeError(error).code);
        },
      );
    }
    const max = rateLimits.bookingsPerAddress.max;
    expect(max).toBe(12);
    expect(outcomes.slice(0, max)).toEqual(Array(max).fill('created'));
    expect(outcomes.slice(max)).toEqual(Array(100 - max).fill('too_many_bookings'));
    expect(await bookingsIn(sessions)).toBe(max);
    // The tRPC error says 429 and how long to wait: until the 12 just made weigh 11 in the sliding hour.
    const refused = refusal(last);
    expect(refused).toMatchObject({ code: 'too_many_bookings', status: 429 });
    expectWait(refused.retryAfterSeconds, 12, 3600);
    // Another address is not affected.
    await expect(
      (await callerAt('203.0.113.11')).booking.book(resident(sessions[0] as string, 'voisine')),
    ).resolves.toMatchObject({ outcome: 'created' });
  });

  it('lets one address book 4 people into one session, then refuses that session only', async () => {
    const [full, next] = await createSessions(2);
    const api = await callerAt('203.0.113.20');
    for (let i = 0; i < 4; i++) {
      await expect(api.booking.book(resident(full as string, `famille-${i}`))).resolves.toMatchObject({
        outcome: 'created',
      });
    }
    const error = await api.booking.book(resident(full as string, 'famille-4')).catch((e: unknown) => e);
    expect(refusal(error)).toMatchObject({ code: 'too_many_bookings', status: 429 });
    // The refusal lasts until the day's window frees: hours, not the hour.
    expectWait(refusal(error).retryAfterSeconds, 4, 86_400);
    expect(await bookingsIn([full as string])).toBe(4);
    // Another session from the same address still books.
    await expect(api.booking.book(resident(next as string, 'famille-5'))).resolves.toMatchObject({
      outcome: 'created',
    });
  });

  it('does not count a form sent again with the same idempotency key', async () => {
    const [sessionId] = await createSessions(1);
    const api = await callerAt('203.0.113.30');
    const inputs = Array.from({ length: 4 }, (_, i) => resident(sessionId as string, `rejoue-${i}`));
    for (const input of inputs) await api.booking.book(input);
    // The session's allowance is used up, yet the same form again is answered as the booking it made.
    await expect(api.booking.book(inputs[3] as (typeof inputs)[number])).resolves.toMatchObject({
      outcome: 'replayed',
    });
    await expect(api.booking.book(resident(sessionId as string, 'rejoue-5'))).rejects.toThrow(
      'too_many_bookings',
    );
  });

  it('holds across two app instances, one request after the other', async () => {
    const sessions = await createSessions(10);
    const outcomes: string[] = [];
    for (let i = 0; i < 20; i++) {
      const api = await callerAt('203.0.113.40', i % 2 === 0 ? h : other);
      await api.booking.book(resident(sessions[i % 10] as string, `deux-${i}`)).then(
        () => outcomes.push('created'),
        (error: unknown) => outcomes.push(describeError(error).code),
      );
    }
    expect(outcomes.filter((o) => o === 'created')).toHaveLength(12);
    expect(outcomes.slice(12)).toEqual(Array(8).fill('too_many_bookings'));
    expect(await bookingsIn(sessions)).toBe(12);
  });

  it('holds when 30 attempts arrive at once on two instances', async () => {
    const sessions = await createSessions(10);
    const callers = await Promise.all(
      Array.from({ length: 30 }, (_, i) => callerAt('2001:db8:77:1::1', i % 2 === 0 ? h : other)),
    );
    const settled = await Promise.allSettled(
      callers.map((api, i) => api.booking.book(resident(sessions[i % 10] as string, `vague-${i}`))),
    );
    const created = settled.filter((r) => r.status === 'fulfilled');
    const refused = settled.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(created).toHaveLength(12);
    expect(refused.map((r) => describeError(r.reason).code)).toEqual(Array(18).fill('too_many_bookings'));
    expect(await bookingsIn(sessions)).toBe(12);
    // Another address of the same IPv6 /64 is the same client.
    await expect(
      (await callerAt('2001:db8:77:1::2')).booking.book(resident(sessions[0] as string, 'meme-reseau')),
    ).rejects.toThrow('too_many_bookings');
  });
});

describe('signed-in bookings', () => {
  it('let a prescriber with an account book 12 people into one workshop, on the account’s allowance', async () => {
    await h.createPerson({ email: 'conseillere@france-services.fr', password: 'mot-de-passe-fs' });
    const scope = await h.as();
    await scope.api.identity.signIn({ email: 'conseillere@france-services.fr', password: 'mot-de-passe-fs' });
    const [sessionId] = await createSessions(1);
    // From a France Services office whose address has already used its anonymous allowance.
    const office = '203.0.113.50';
    const anonymous = await callerAt(office);
    const spare = await createSessions(3);
    for (let i = 0; i < 12; i++)
      await anonymous.booking.book(resident(spare[i % 3] as string, `guichet-${i}`)).catch(() => undefined);
    await expect(anonymous.booking.book(resident(spare[0] as string, 'guichet-x'))).rejects.toThrow(
      'too_many_bookings',
    );

    const api = await callerAt(office, h, scope.cookies);
    const group = (i: number) => ({
      sessionId: sessionId as string,
      idempotencyKey: randomUUID(),
      mode: 'prescriber' as const,
      firstName: `Personne ${i}`,
      phone: `06 12 00 00 ${String(i).padStart(2, '0')}`,
      consent: true as const,
      prescriberName: 'Sam Martin',
      prescriberOrganisation: 'France Services Concarneau',
    });
    for (let i = 0; i < 12; i++) {
      await expect(api.booking.book(group(i))).resolves.toMatchObject({ outcome: 'created' });
    }
    expect(await bookingsIn([sessionId as string])).toBe(12);
    // Up to 15 people into one workshop; the 16th waits.
    for (let i = 12; i < 15; i++) await api.booking.book(group(i));
    await expect(api.booking.book(group(15))).rejects.toThrow('too_many_bookings');
  });
});

describe('appointments', () => {
  it('let one address take 4 appointments with one médiateur a day, and count replays once', async () => {
    const availability = {
      placeId,
      mediateurId: mediateur,
      firstDay: new Date(Date.now() - 2 * 86_400_000).toISOString().slice(0, 10),
      lastDay: null,
      weekdays: [1, 2, 3, 4, 5, 6, 7],
      timeZone: 'Europe/Paris',
      startTime: '00:00',
      endTime: '23:30',
      slotMinutes: 30,
      modalities: ['sur_place' as const],
      bufferMinutes: 0,
      minNoticeMinutes: 120,
      horizonDays: 14,
      whoMayBook: 'everyone' as const,
      isActive: true,
    };
    const { rows } = await sql<{ id: string }>`
      insert into public.appointment_availabilities (place_id, mediateur_id, first_day, weekdays, start_time,
        end_time, slot_minutes, modalities, buffer_minutes, min_notice_minutes, horizon_days, who_may_book)
      values (${placeId}, ${mediateur}, ${availability.firstDay}, ${availability.weekdays}::smallint[], '00:00',
        '23:30', 30, '{sur_place}'::public.appointment_modality[], 0, 120, 14, 'everyone')
      returning id`.execute(h.db.db);
    const availabilityId = rows[0]?.id as string;
    const slots = availabilitySlots(
      { ...availability, id: availabilityId },
      new Date(Date.now() + 24 * HOUR),
      new Date(Date.now() + 72 * HOUR),
    );
    const api = await callerAt('203.0.113.60');
    const book = (i: number, idempotencyKey = randomUUID()) =>
      api.appointments.book({
        availabilityId,
        startsAt: slots[i]?.startsAt as string,
        modality: 'sur_place',
        firstName: `Personne ${i}`,
        email: `rdv-limite-${i}@test.fr`,
        consent: true,
        idempotencyKey,
      });
    const keys = Array.from({ length: 4 }, () => randomUUID());
    for (let i = 0; i < 4; i++) await expect(book(i, keys[i])).resolves.toMatchObject({ outcome: 'created' });
    await expect(book(3, keys[3])).resolves.toMatchObject({ outcome: 'replayed' });
    const error = await book(4).catch((e: unknown) => e);
    expect(refusal(error)).toMatchObject({ code: 'too_many_bookings', status: 429 });
    const { rows: booked } = await sql<{ n: number }>`
      select count(*)::int as n from public.appointments where mediateur_id = ${mediateur}`.execute(h.db.db);
    expect(booked[0]?.n).toBe(4);
  });
});

describe('sign-in', () => {
  it('refuses a client after 10 failures across 30 addresses, with 429 and the wait', async () => {
    const codes: string[] = [];
    let last: unknown;
    for (let i = 0; i < 30; i++) {
      const api = await callerAt('203.0.113.70', i % 2 === 0 ? h : other);
      await api.identity
        .signIn({ email: `victime-${i}@test.fr`, password: 'Printemps2026' })
        .catch((error: unknown) => {
          last = error;
          codes.push(describeError(error).code);
        });
    }
    expect(codes.slice(0, 10)).toEqual(Array(10).fill('invalid_credentials'));
    expect(codes.slice(10)).toEqual(Array(20).fill('too_many_attempts'));
    const refused = refusal(last);
    expect(refused).toMatchObject({ code: 'too_many_attempts', status: 429 });
    expectWait(refused.retryAfterSeconds, 10, 900);
  });
});

describe('link e-mails', () => {
  const mailsTo = (email: string) =>
    h.smtp.messages.filter((m) => (m.to && 'text' in m.to ? m.to.text : '') === email);

  it('send at most 3 links an hour to one address, and answer the same for an unknown one', async () => {
    await h.createPerson({ email: 'lea@test.fr', password: 'mot-de-passe-lea' });
    const answers: unknown[] = [];
    const unknown: unknown[] = [];
    // 15 requests for one address, each from another client (the per-client limit is not the point).
    for (let i = 0; i < 15; i++) {
      const api = await callerAt(`198.51.100.${100 + i}`);
      answers.push(
        i % 2 === 0
          ? await api.identity.requestMagicLink({ email: 'lea@test.fr' })
          : await api.identity.requestPasswordReset({ email: 'LEA@test.fr' }),
      );
      unknown.push(await api.identity.requestMagicLink({ email: 'personne@test.fr' }));
    }
    // Mail is sent before the answer: everything that will arrive has arrived.
    await h.smtp.waitFor(() => mailsTo('lea@test.fr').length >= 3);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(mailsTo('lea@test.fr')).toHaveLength(rateLimits.linkEmailsPerDestination.max);
    expect(mailsTo('personne@test.fr')).toHaveLength(0);
    // The same answer, within and past the limit, with or without an account.
    expect(new Set([...answers, ...unknown].map((a) => JSON.stringify(a)))).toEqual(
      new Set([JSON.stringify({ sent: true })]),
    );
  });

  it('refuse a client asking for more than 10 links an hour, whatever the addresses, with 429', async () => {
    const api = await callerAt('203.0.113.80');
    for (let i = 0; i < 10; i++) {
      await expect(api.identity.requestMagicLink({ email: `adresse-${i}@test.fr` })).resolves.toEqual({
        sent: true,
      });
    }
    const error = await api.identity.requestPasswordReset({ email: 'lea@test.fr' }).catch((e: unknown) => e);
    const refused = refusal(error);
    expect(refused).toMatchObject({ code: 'too_many_emails', status: 429 });
    expect(refused.retryAfterSeconds).toBeGreaterThan(0);
    // Known or unknown address, the same refusal.
    const unknownError = await api.identity
      .requestMagicLink({ email: 'personne@test.fr' })
      .catch((e: unknown) => e);
    expect(refusal(unknownError).code).toBe('too_many_emails');
  });
});

describe('invitations', () => {
  it('send at most 3 invitations an hour to one address', async () => {
    await h.createPerson({
      email: 'gestion@test.fr',
      password: 'mot-de-passe-g',
      places: [{ placeId, role: 'manager' }],
    });
    const scope = await h.as();
    await scope.api.identity.signIn({ email: 'gestion@test.fr', password: 'mot-de-passe-g' });
    const { api } = await h.as(scope.cookies);
    for (let i = 0; i < 3; i++)
      await api.invitations.create({ email: 'invitee@test.fr', placeId, role: 'member' });
    const error = await api.invitations
      .create({ email: 'Invitee@test.fr', placeId, role: 'member' })
      .catch((e: unknown) => e);
    expect(refusal(error)).toMatchObject({ code: 'too_many_emails', status: 429 });
    // Another address is still invited.
    await expect(
      api.invitations.create({ email: 'autre@test.fr', placeId, role: 'member' }),
    ).resolves.toMatchObject({ email: 'autre@test.fr' });
  });
});
