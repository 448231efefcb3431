import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callerFor } from '../../caller.ts';
import { describeError } from '../../errors.ts';
import { type ApiHarness, startApiHarness } from '../../testing.ts';

// A signed-in person cancels or moves their own bookings (made with their account) from their member space:
// the private link's rules and engine, on the real database, with the job worker and a real SMTP server.
let h: ApiHarness;
let placeId: string;

const PASSWORD = 'un mot de passe solide 42';
const inHours = (hours: number) => new Date(Date.now() + hours * 3_600_000).toISOString();
const recipient = (m: { to?: unknown }) =>
  m.to && typeof m.to === 'object' && 'text' in m.to ? String(m.to.text) : '';

/** A workshop of its own, so each test's sessions are the only dates a booking can move to. */
async function newActivity(): Promise<string> {
  const { rows } = await sql<{ id: string }>`
    insert into public.activities (place_id, title, themes, status)
    values (${placeId}, 'Réparer son vélo', '{prendre_en_main_du_materiel}', 'published')
    returning id`.execute(h.db.db);
  return rows[0]?.id as string;
}

async function createSession(
  activityId: string,
  capacity: number,
  { startsInHours = 72, cutoffMinutes = 1440 }: { startsInHours?: number; cutoffMinutes?: number } = {},
): Promise<string> {
  const { rows } = await sql<{ id: string }>`
    insert into public.sessions (activity_id, place_id, starts_at, ends_at, capacity,
      cancellation_cutoff_minutes)
    values (${activityId}, ${placeId}, ${inHours(startsInHours)}, ${inHours(startsInHours + 2)}, ${capacity},
      ${cutoffMinutes})
    returning id`.execute(h.db.db);
  return rows[0]?.id as string;
}

type Api = Awaited<ReturnType<ApiHarness['as']>>['api'];
const userIds = new WeakMap<Api, string>();

/** A signed-in caller for a new account. */
async function member(email: string): Promise<Api> {
  const userId = await h.createPerson({ email, password: PASSWORD });
  const scope = await h.as();
  await scope.api.identity.signIn({ email, password: PASSWORD });
  const { api } = await h.as(scope.cookies);
  userIds.set(api, userId);
  return api;
}

/** Books with one's account (one click, as the session page does); returns the booking's id. */
async function bookForMe(api: Api, sessionId: string): Promise<string> {
  await api.booking.bookForMe({ sessionId, idempotencyKey: randomUUID() });
  const { rows } = await sql<{ id: string }>`
    select id from public.bookings
    where session_id = ${sessionId} and user_id = ${userIds.get(api) as string}`.execute(h.db.db);
  return rows[0]?.id as string;
}

/** Someone without an account, by form. */
async function bookByForm(sessionId: string, firstName: string, email: string) {
  const request = new Request('http://localhost:3000/');
  const api = await callerFor(h.services, {
    request,
    responseHeaders: new Headers(),
    clientAddress: `10.9.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250) + 1}`,
  });
  return api.booking.book({ sessionId, firstName, email, consent: true });
}

async function bookingsOf(sessionId: string) {
  const { rows } = await sql<{ id: string; email: string | null; status: string }>`
    select id, email, status::text as status from public.bookings where session_id = ${sessionId}
    order by arrival`.execute(h.db.db);
  return rows;
}

const codeOf = (error: unknown) => describeError(error).code;

beforeAll(async () => {
  h = await startApiHarness();
  const place = await sql<{ id: string }>`
    insert into public.places (slug, name, kinds, address, postal_code, commune_code, status)
    values ('konk-ar-lab', 'Konk Ar Lab', '{FABLAB}', '1 rue du Port', '29900', '29039', 'published')
    returning id`.execute(h.db.db);
  placeId = place.rows[0]?.id as string;
});
afterAll(() => h.stop());

describe('booking.cancelMine', () => {
  it('cancels one’s own booking: the first person waiting takes the seat, both are told', async () => {
    const sessionId = await createSession(await newActivity(), 1);
    const api = await member('annule@test.fr');
    const bookingId = await bookForMe(api, sessionId);
    await bookByForm(sessionId, 'Tom', 'tom-attend@test.fr');
    await bookByForm(sessionId, 'Lou', 'lou-attend@test.fr');
    expect((await bookingsOf(sessionId)).map((b) => b.status)).toEqual([
      'confirmed',
      'waitlisted',
      'waitlisted',
    ]);

    const space = await api.home.space();
    expect(space.bookings.find((b) => b.id === bookingId)).toMatchObject({ canCancel: true, canMove: false });

    await expect(api.booking.cancelMine({ bookingId })).resolves.toMatchObject({
      status: 'cancelled',
      title: 'Réparer son vélo',
    });
    // Tom, first in line, took the seat in the same transaction; Lou still waits.
    expect((await bookingsOf(sessionId)).map((b) => [b.email, b.status])).toEqual([
      ['annule@test.fr', 'cancelled'],
      ['tom-attend@test.fr', 'confirmed'],
      ['lou-attend@test.fr', 'waitlisted'],
    ]);
    // The notices were queued with it: the cancellation to the member, the seat to Tom.
    await h.smtp.waitFor(
      (m) => m.subject === 'Inscription annulée : Réparer son vélo' && recipient(m) === 'annule@test.fr',
    );
    await h.smtp.waitFor(
      (m) =>
        m.subject === 'Une place s’est libérée : Réparer son vélo' && recipient(m) === 'tom-attend@test.fr',
    );
    // No longer listed in the member space.
    expect((await api.home.space()).bookings.map((b) => b.id)).not.toContain(bookingId);
  });

  it('is idempotent: cancelling again changes nothing and sends nothing', async () => {
    const sessionId = await createSession(await newActivity(), 1);
    const api = await member('deux-fois@test.fr');
    const bookingId = await bookForMe(api, sessionId);
    await bookByForm(sessionId, 'Ana', 'ana-attend@test.fr');
    const [a, b] = await Promise.all([
      api.booking.cancelMine({ bookingId }),
      api.booking.cancelMine({ bookingId }),
    ]);
    expect([a.status, b.status]).toEqual(['cancelled', 'cancelled']);
    expect((await bookingsOf(sessionId)).map((r) => r.status)).toEqual(['cancelled', 'confirmed']);

    await h.drainJobs();
    const before = h.smtp.messages.length;
    await expect(api.booking.cancelMine({ bookingId })).resolves.toMatchObject({ status: 'cancelled' });
    expect((await bookingsOf(sessionId)).map((r) => r.status)).toEqual(['cancelled', 'confirmed']);
    await h.drainJobs();
    expect(h.smtp.messages.length).toBe(before);
    // One cancellation e-mail and one promotion e-mail in all.
    expect(
      h.smtp.messages.filter(
        (m) => recipient(m) === 'deux-fois@test.fr' && m.subject?.startsWith('Inscription annulée'),
      ),
    ).toHaveLength(1);
    expect(
      h.smtp.messages.filter(
        (m) => recipient(m) === 'ana-attend@test.fr' && m.subject?.startsWith('Une place'),
      ),
    ).toHaveLength(1);
  });

  it('cannot cancel another member’s booking: not found, as an unknown id, and nothing changes', async () => {
    const sessionId = await createSession(await newActivity(), 5);
    const owner = await member('proprietaire@test.fr');
    const other = await member('voisin@test.fr');
    const bookingId = await bookForMe(owner, sessionId);
    // A booking made by form (no account) is nobody's either.
    const byForm = await bookByForm(sessionId, 'Zoé', 'zoe-form@test.fr');
    const formId = (await bookingsOf(sessionId)).find((b) => b.email === 'zoe-form@test.fr')?.id as string;
    expect(byForm.status).toBe('confirmed');

    const refusals = await Promise.all([
      other.booking.cancelMine({ bookingId }).catch((e: unknown) => e),
      other.booking.cancelMine({ bookingId: randomUUID() }).catch((e: unknown) => e),
      other.booking.cancelMine({ bookingId: formId }).catch((e: unknown) => e),
      other.booking.mine({ bookingId }).catch((e: unknown) => e),
      other.booking.moveMine({ bookingId, sessionId }).catch((e: unknown) => e),
    ]);
    expect(refusals.map(codeOf)).toEqual(['not_found', 'not_found', 'not_found', 'not_found', 'not_found']);
    // The same answer, word for word, whether the booking exists or not.
    expect(JSON.stringify(describeError(refusals[0]))).toBe(JSON.stringify(describeError(refusals[1])));
    expect((await bookingsOf(sessionId)).map((b) => b.status)).toEqual(['confirmed', 'confirmed']);

    // Without a session, nothing at all.
    const anon = (await h.as()).api;
    expect(codeOf(await anon.booking.cancelMine({ bookingId }).catch((e: unknown) => e))).toBe(
      'unauthenticated',
    );
    // The owner still can.
    await expect(owner.booking.cancelMine({ bookingId })).resolves.toMatchObject({ status: 'cancelled' });
  });

  it('cannot cancel after the cut-off; the space and the booking say so', async () => {
    const sessionId = await createSession(await newActivity(), 5, { startsInHours: 2, cutoffMinutes: 1440 });
    const api = await member('trop-tard@test.fr');
    const bookingId = await bookForMe(api, sessionId);
    expect((await api.home.space()).bookings.find((b) => b.id === bookingId)).toMatchObject({
      canCancel: false,
      canMove: false,
    });
    expect(await api.booking.mine({ bookingId })).toMatchObject({
      canCancel: false,
      cancelUntil: null,
      canMove: false,
    });
    expect(codeOf(await api.booking.cancelMine({ bookingId }).catch((e: unknown) => e))).toBe(
      'cancellation_closed',
    );
    expect((await bookingsOf(sessionId)).map((b) => b.status)).toEqual(['confirmed']);
  });
});

describe('booking.moveMine', () => {
  it('moves one’s own booking: the old seat to the first person waiting, the new one taken', async () => {
    const workshop = await newActivity();
    const from = await createSession(workshop, 1);
    const to = await createSession(workshop, 3, { startsInHours: 96 });
    const api = await member('change@test.fr');
    const bookingId = await bookForMe(api, from);
    await bookByForm(from, 'Tom', 'tom-change@test.fr');

    expect((await api.home.space()).bookings.find((b) => b.id === bookingId)).toMatchObject({
      canCancel: true,
      canMove: true,
    });
    const seen = await api.booking.mine({ bookingId });
    expect(seen).toMatchObject({ status: 'confirmed', sessionId: from, canMove: true, canCancel: true });
    expect(seen.moveTargets.map((s) => s.id)).toEqual([to]);

    await expect(api.booking.moveMine({ bookingId, sessionId: to })).resolves.toEqual({
      outcome: 'moved',
      status: 'confirmed',
    });
    expect((await bookingsOf(from)).map((b) => [b.email, b.status])).toEqual([
      ['tom-change@test.fr', 'confirmed'],
    ]);
    expect((await bookingsOf(to)).map((b) => [b.id, b.status])).toEqual([[bookingId, 'confirmed']]);
    expect(await api.booking.mine({ bookingId })).toMatchObject({ sessionId: to, status: 'confirmed' });
    await h.smtp.waitFor(
      (m) =>
        m.subject?.startsWith('Une place s’est libérée') === true && recipient(m) === 'tom-change@test.fr',
    );

    // Sending the same move again changes nothing and sends nothing.
    await h.drainJobs();
    const before = h.smtp.messages.length;
    await expect(api.booking.moveMine({ bookingId, sessionId: to })).resolves.toEqual({
      outcome: 'replayed',
      status: 'confirmed',
    });
    expect(await bookingsOf(to)).toHaveLength(1);
    await h.drainJobs();
    expect(h.smtp.messages.length).toBe(before);
  });

  it('respects the capacity: into a full session, the booking joins its waitlist', async () => {
    const workshop = await newActivity();
    const from = await createSession(workshop, 2);
    const to = await createSession(workshop, 1, { startsInHours: 96 });
    await bookByForm(to, 'Ana', 'ana-plein@test.fr');
    const api = await member('plein@test.fr');
    const bookingId = await bookForMe(api, from);
    expect((await api.booking.mine({ bookingId })).moveTargets).toEqual([
      expect.objectContaining({ id: to, capacity: 1, seatsLeft: 0 }),
    ]);
    await expect(api.booking.moveMine({ bookingId, sessionId: to })).resolves.toEqual({
      outcome: 'moved',
      status: 'waitlisted',
    });
    expect((await bookingsOf(to)).map((b) => [b.email, b.status])).toEqual([
      ['ana-plein@test.fr', 'confirmed'],
      ['plein@test.fr', 'waitlisted'],
    ]);
    expect(await api.booking.mine({ bookingId })).toMatchObject({
      status: 'waitlisted',
      waitlistPosition: 1,
    });
  });

  it('refuses after the cut-off and to another workshop, as by private link', async () => {
    const workshop = await newActivity();
    const soon = await createSession(workshop, 5, { startsInHours: 2, cutoffMinutes: 1440 });
    const later = await createSession(workshop, 5, { startsInHours: 96 });
    const api = await member('refus-change@test.fr');
    const late = await bookForMe(api, soon);
    expect(
      codeOf(await api.booking.moveMine({ bookingId: late, sessionId: later }).catch((e: unknown) => e)),
    ).toBe('cancellation_closed');
    const from = await createSession(workshop, 5, { startsInHours: 80 });
    const mine = await bookForMe(api, from);
    const elsewhere = await createSession(await newActivity(), 5, { startsInHours: 90 });
    expect(
      codeOf(await api.booking.moveMine({ bookingId: mine, sessionId: elsewhere }).catch((e: unknown) => e)),
    ).toBe('not_found');
    expect((await api.booking.mine({ bookingId: mine })).sessionId).toBe(from);
  });
});
