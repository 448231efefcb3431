import { randomUUID } from 'node:crypto';
import { parseInvitation } from '@rf/domain/booking/ics-testing';
import { rateLimits } from '@rf/domain/rate-limits/limits';
import { type MessageKey, translator } from '@rf/i18n';
import { attachedFiles, receivedInvitation } from '@rf/mail/testing';
import { TRPCError } from '@trpc/server';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callerFor } from '../../caller.ts';
import { describeError } from '../../errors.ts';
import { type ApiHarness, startApiHarness } from '../../testing.ts';

// The booking engine on the real database, with the real SMTP mailer and a real SMTP server.
let h: ApiHarness;
let placeId: string;
let activityId: string;

const fr = translator('fr');
const inHours = (hours: number) => new Date(Date.now() + hours * 3_600_000).toISOString();

async function createSession(
  capacity: number,
  { startsInHours = 72, cutoffMinutes = 1440, closesInHours }: Partial<Record<string, number>> = {},
  activity = activityId,
): Promise<string> {
  const { rows } = await sql<{ id: string }>`
    insert into public.sessions (activity_id, place_id, starts_at, ends_at, capacity, booking_closes_at,
      cancellation_cutoff_minutes)
    values (${activity}, ${placeId}, ${inHours(startsInHours)}, ${inHours(startsInHours + 2)}, ${capacity},
      ${closesInHours === undefined ? null : inHours(closesInHours)}, ${cutoffMinutes})
    returning id`.execute(h.db.db);
  return rows[0]?.id as string;
}

/** A caller as a browser at this address would get it (each client has its own booking allowance). */
function callerAt(ip: string) {
  const request = new Request('http://localhost:3000/');
  return callerFor(h.services, { request, responseHeaders: new Headers(), clientAddress: ip });
}

const ipOf = (i: number) => `10.1.${Math.floor(i / 250)}.${i % 250}`;

async function bookingsOf(sessionId: string) {
  const { rows } = await sql<{ email: string | null; status: string; arrival: number; person_key: string }>`
    select email, status, arrival, person_key from public.bookings where session_id = ${sessionId}
    order by arrival`.execute(h.db.db);
  return rows;
}

beforeAll(async () => {
  h = await startApiHarness({ env: { DATABASE_POOL_SIZE: '40' } });
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
});
afterAll(() => h.stop());

describe('booking.sessionDetails', () => {
  it('shows a public session with its place, seats left and an open booking', async () => {
    const sessionId = await createSession(12);
    const details = await (await callerAt('10.0.0.1')).booking.sessionDetails({ sessionId });
    expect(details).toMatchObject({
      title: 'Prendre en main son smartphone',
      placeName: 'Konk Ar Lab',
      address: '1 rue du Port, 29900 Concarneau',
      capacity: 12,
      seatsLeft: 12,
      booking: 'open',
    });
  });

  it('does not find an unknown session', async () => {
    await expect(
      (await callerAt('10.0.0.1')).booking.sessionDetails({ sessionId: randomUUID() }),
    ).rejects.toThrow('not_found');
  });
});

describe('500 concurrent booking attempts at a 20-seat session', () => {
  it('confirms exactly 20, waitlists the rest in arrival order, and a cancellation promotes the first in line', async () => {
    const sessionId = await createSession(20);
    const callers = await Promise.all(Array.from({ length: 500 }, (_, i) => callerAt(ipOf(i))));
    const settled = await Promise.allSettled(
      callers.map((api, i) =>
        api.booking.book({
          sessionId,
          idempotencyKey: randomUUID(),
          firstName: `Personne ${i}`,
          email: `personne-${i}@test.fr`,
          consent: true,
        }),
      ),
    );
    const rejected = settled.filter((r) => r.status === 'rejected');
    expect(rejected).toEqual([]);
    const results = settled.map((r) => (r.status === 'fulfilled' ? r.value : null)).filter((r) => r !== null);
    expect(results.filter((r) => r.outcome === 'created')).toHaveLength(500);
    expect(results.filter((r) => r.status === 'confirmed')).toHaveLength(20);
    expect(results.filter((r) => r.status === 'waitlisted')).toHaveLength(480);

    const rows = await bookingsOf(sessionId);
    expect(rows).toHaveLength(500);
    expect(new Set(rows.map((r) => r.person_key)).size).toBe(500);
    expect(new Set(rows.map((r) => r.arrival)).size).toBe(500);
    // Arrival order is the order the session lock served them: the first 20 hold the seats.
    expect(rows.slice(0, 20).every((r) => r.status === 'confirmed')).toBe(true);
    expect(rows.slice(20).every((r) => r.status === 'waitlisted')).toBe(true);
    // Each waiting person was told their place in line: 1 to 480, once each.
    const positions = results.map((r) => r.waitlistPosition).filter((p): p is number => p !== null);
    expect(positions.toSorted((a, b) => a - b)).toEqual(Array.from({ length: 480 }, (_, i) => i + 1));

    const details = await (await callerAt('10.0.0.2')).booking.sessionDetails({ sessionId });
    expect(details.seatsLeft).toBe(0);

    // A confirmed person cancels: the first in line (earliest arrival) takes the seat and is told once.
    const leaving = results.find((r) => r.status === 'confirmed');
    const firstInLine = rows[20];
    expect(leaving?.token).toBeTruthy();
    await (await callerAt('10.0.0.3')).booking.cancel({ token: leaving?.token as string });

    const after = await bookingsOf(sessionId);
    expect(after.filter((r) => r.status === 'confirmed')).toHaveLength(20);
    expect(after.filter((r) => r.status === 'cancelled')).toHaveLength(1);
    expect(after.find((r) => r.arrival === firstInLine?.arrival)?.status).toBe('confirmed');
    expect(after.find((r) => r.arrival === rows[21]?.arrival)?.status).toBe('waitlisted');

    // The 500 confirmations and the promotion e-mail go out through the job queue.
    await h.drainJobs();
    const promotedMail = await h.smtp.waitFor(
      (m) => m.subject?.startsWith('Une place s’est libérée') ?? false,
    );
    expect(promotedMail.to && 'text' in promotedMail.to ? promotedMail.to.text : '').toBe(firstInLine?.email);
    expect(promotedMail.text).toContain('/reservation/');
    expect(attachedFiles(promotedMail)).toEqual(['atelier.ics']);
    // Promoted: the event joins their calendar (REQUEST), its SEQUENCE above the waitlist's 0.
    expect(receivedInvitation(promotedMail)?.method).toBe('REQUEST');
    expect(parseInvitation(receivedInvitation(promotedMail)?.content ?? '').sequence).toBeGreaterThan(0);
    await h.drainJobs();
    expect(h.smtp.messages.filter((m) => m.subject?.startsWith('Une place s’est libérée'))).toHaveLength(1);

    // The promoted person's link (in the e-mail) shows the confirmed seat.
    const link = promotedMail.text?.match(/\/reservation\/([\w-]+)/)?.[1] as string;
    const promoted = await (await callerAt('10.0.0.4')).booking.byToken({ token: link });
    expect(promoted.status).toBe('confirmed');
  }, 120_000);
});

describe('never twice', () => {
  it('books once for a double submit with the same idempotency key, and gives the same link back', async () => {
    const sessionId = await createSession(5);
    const api = await callerAt('10.2.0.1');
    const input = {
      sessionId,
      idempotencyKey: randomUUID(),
      firstName: 'Camille',
      email: 'camille@test.fr',
      consent: true as const,
    };
    const [a, b] = await Promise.all([api.booking.book(input), api.booking.book(input)]);
    expect([a.outcome, b.outcome].sort()).toEqual(['created', 'replayed']);
    // The link goes to the request that booked, never to a replay of its form (a shared computer).
    const [created, replayed] = a.outcome === 'created' ? [a, b] : [b, a];
    expect(created.token).toEqual(expect.any(String));
    expect(replayed).toMatchObject({ token: null, email: null });
    expect(await bookingsOf(sessionId)).toHaveLength(1);
    await h.drainJobs();
    expect(
      h.smtp.messages.filter(
        (m) =>
          m.subject === 'Inscription confirmée : Prendre en main son smartphone' &&
          m.to &&
          'text' in m.to &&
          m.to.text === 'camille@test.fr',
      ),
    ).toHaveLength(1);
  });

  it('keeps apart two people who send the form of the same cached page (one form key)', async () => {
    // A session's page is shared by caches (decision 042): everyone who got it within a minute holds the
    // same form key. Each person gets their own booking and link; each one's double tap is still one.
    const sessionId = await createSession(5);
    const formKey = randomUUID();
    const send = async (address: string, fields: Record<string, string>) =>
      (await callerAt(address)).booking.book({
        sessionId,
        idempotencyKey: formKey,
        consent: true,
        ...fields,
      } as Parameters<Awaited<ReturnType<typeof callerAt>>['booking']['book']>[0]);
    const dominique = await send('10.2.0.11', { firstName: 'Dominique', email: 'dominique@test.fr' });
    const sacha = await send('10.2.0.12', { firstName: 'Sacha', email: 'sacha@test.fr' });
    // Two people without any contact, booked at the same counter by a prescriber: only the form tells them
    // apart.
    const forSomeone = (firstName: string) => ({
      firstName,
      mode: 'prescriber',
      prescriberName: 'Sam Martin',
      prescriberOrganisation: 'France Services Concarneau',
      prescriberEmail: 'accueil@france-services.test',
      prescriberNews: 'on',
    });
    const noa = await send('10.2.0.13', forSomeone('Noa'));
    const lou = await send('10.2.0.13', forSomeone('Lou'));
    for (const booked of [dominique, sacha, noa, lou])
      expect(booked).toMatchObject({ outcome: 'created', token: expect.any(String) });
    expect(new Set([dominique, sacha, noa, lou].map((b) => b.token)).size).toBe(4);
    expect(await send('10.2.0.12', { firstName: 'Sacha', email: 'sacha@test.fr' })).toMatchObject({
      outcome: 'replayed',
      token: null,
    });
    expect(await send('10.2.0.13', forSomeone('Noa'))).toMatchObject({ outcome: 'replayed', token: null });
    expect(await bookingsOf(sessionId)).toHaveLength(4);
  });

  it('keeps one booking per person, whatever the spelling of their e-mail or phone', async () => {
    const sessionId = await createSession(5);
    const api = await callerAt('10.2.0.2');
    const first = await api.booking.book({
      sessionId,
      firstName: 'Jo',
      phone: '06 12 34 56 78',
      consent: true,
    });
    expect(first).toMatchObject({ outcome: 'created', status: 'confirmed' });
    const again = await api.booking.book({
      sessionId,
      firstName: 'Jo',
      phone: '+33612345678',
      consent: true,
    });
    expect(again).toMatchObject({ outcome: 'existing', status: 'confirmed', token: null });
    await api.booking.book({ sessionId, firstName: 'Lou', email: 'Lou@Test.fr', consent: true });
    const lou = await api.booking.book({ sessionId, firstName: 'Lou', email: 'lou@test.fr', consent: true });
    expect(lou.outcome).toBe('existing');
    expect(await bookingsOf(sessionId)).toHaveLength(2);
  });
});

describe('private link', () => {
  it('shows the booking and cancels it within the cut-off; cancelling twice is harmless', async () => {
    const sessionId = await createSession(5);
    const api = await callerAt('10.3.0.1');
    const booked = await api.booking.book({
      sessionId,
      firstName: 'Inès',
      email: 'ines@test.fr',
      consent: true,
    });
    const token = booked.token as string;
    const seen = await api.booking.byToken({ token });
    expect(seen).toMatchObject({
      status: 'confirmed',
      firstName: 'Inès',
      canCancel: true,
      placeName: 'Konk Ar Lab',
    });
    const mail = await h.smtp.waitFor((m) => (m.to && 'text' in m.to ? m.to.text : '') === 'ines@test.fr');
    expect(mail.text).toContain(`/reservation/${token}`);
    expect(mail.attachments[0]?.content.toString()).toContain('BEGIN:VEVENT');
    expect(receivedInvitation(mail)?.method).toBe('REQUEST');

    await api.booking.cancel({ token });
    expect((await api.booking.byToken({ token })).status).toBe('cancelled');
    await expect(api.booking.cancel({ token })).resolves.toEqual({ status: 'cancelled' });
    // Cancelled, the person may book again.
    const rebooked = await api.booking.book({
      sessionId,
      firstName: 'Inès',
      email: 'ines@test.fr',
      consent: true,
    });
    expect(rebooked.outcome).toBe('created');
  });

  it('refuses to cancel a confirmed seat after the cut-off', async () => {
    const sessionId = await createSession(5, { startsInHours: 2, cutoffMinutes: 1440 });
    const api = await callerAt('10.3.0.2');
    const booked = await api.booking.book({
      sessionId,
      firstName: 'Noé',
      phone: '0699999999',
      consent: true,
    });
    const seen = await api.booking.byToken({ token: booked.token as string });
    expect(seen.canCancel).toBe(false);
    await expect(api.booking.cancel({ token: booked.token as string })).rejects.toThrow(
      'cancellation_closed',
    );
  });

  it('does not find an unknown link', async () => {
    await expect((await callerAt('10.3.0.3')).booking.byToken({ token: 'x'.repeat(43) })).rejects.toThrow(
      'not_found',
    );
  });
});

describe('refusals', () => {
  it('refuses a booking once the booking window has closed', async () => {
    const sessionId = await createSession(5, { closesInHours: -1 });
    const api = await callerAt('10.4.0.1');
    await expect(
      api.booking.book({ sessionId, firstName: 'A', email: 'a@test.fr', consent: true }),
    ).rejects.toThrow('booking_closed');
  });

  it('refuses a session not yet open or already started, in the engine, with the same French message', async () => {
    // The booking window is the engine's rule (private.book_session, decision 065).
    const notYetOpen = await createSession(5);
    await sql`update public.sessions set booking_opens_at = ${inHours(24)} where id = ${notYetOpen}`.execute(
      h.db.db,
    );
    const started = await createSession(5, { startsInHours: -0.5 });
    const api = await callerAt('10.4.0.5');
    for (const sessionId of [notYetOpen, started]) {
      const refusal = await api.booking
        .book({ sessionId, firstName: 'A', email: 'a@test.fr', consent: true })
        .then(
          () => null,
          (error: unknown) => error,
        );
      expect(refusal).toBeInstanceOf(TRPCError);
      expect((refusal as TRPCError).code).toBe('CONFLICT');
      expect(fr(`errors.${describeError(refusal).code}` as MessageKey)).toBe(
        'Les inscriptions sont fermées pour cette séance.',
      );
      expect(await bookingsOf(sessionId)).toEqual([]);
    }
  });

  it('counts attempts on a closed session against the limits, as before', async () => {
    const sessionId = await createSession(5, { closesInHours: -1 });
    const api = await callerAt('10.4.0.6');
    for (let i = 0; i < rateLimits.bookingsPerAddressAndTarget.max; i += 1) {
      await expect(
        api.booking.book({
          sessionId,
          firstName: 'P',
          phone: `06000001${String(i).padStart(2, '0')}`,
          consent: true,
        }),
      ).rejects.toThrow('booking_closed');
    }
    await expect(
      api.booking.book({ sessionId, firstName: 'P', phone: '0633333333', consent: true }),
    ).rejects.toThrow('too_many_bookings');
  });

  it('refuses a form whose honeypot was filled', async () => {
    const sessionId = await createSession(5);
    const api = await callerAt('10.4.0.2');
    await expect(
      api.booking.book({ sessionId, firstName: 'Bot', email: 'bot@test.fr', consent: true, website: 'spam' }),
    ).rejects.toThrow();
    expect(await bookingsOf(sessionId)).toHaveLength(0);
  });

  it('slows down a client that sends too many bookings into one session', async () => {
    // The limits themselves are tested in src/rate-limits.integration.test.ts.
    const sessionId = await createSession(100);
    const api = await callerAt('10.4.0.3');
    for (let i = 0; i < rateLimits.bookingsPerAddressAndTarget.max; i += 1) {
      await api.booking.book({
        sessionId,
        firstName: 'P',
        phone: `06000000${String(i).padStart(2, '0')}`,
        consent: true,
      });
    }
    await expect(
      api.booking.book({ sessionId, firstName: 'P', phone: '0611111111', consent: true }),
    ).rejects.toThrow('too_many_bookings');
    // The refused attempt booked nothing: the engine's seat was rolled back with the counts.
    expect(await bookingsOf(sessionId)).toHaveLength(rateLimits.bookingsPerAddressAndTarget.max);
    // Another client is not affected.
    await expect(
      (await callerAt('10.4.0.4')).booking.book({
        sessionId,
        firstName: 'Q',
        phone: '0622222222',
        consent: true,
      }),
    ).resolves.toMatchObject({ outcome: 'created' });
  });
});

/** Another workshop with the same title, so a test's sessions are the only dates a booking can move to. */
async function newActivity(): Promise<string> {
  const { rows } = await sql<{ id: string }>`
    insert into public.activities (place_id, title, themes, status)
    values (${placeId}, 'Prendre en main son smartphone', '{prendre_en_main_du_materiel}', 'published')
    returning id`.execute(h.db.db);
  return rows[0]?.id as string;
}

describe('moving a booking by private link', () => {
  const mailsTo = (email: string) =>
    h.smtp.messages.filter((m) => (m.to && 'text' in m.to ? m.to.text : '') === email);

  it('frees the old seat for the first person waiting and takes the new one, in one move', async () => {
    const workshop = await newActivity();
    const from = await createSession(1, {}, workshop);
    const to = await createSession(3, { startsInHours: 96 }, workshop);
    const api = await callerAt('10.5.0.1');
    const mover = await api.booking.book({
      sessionId: from,
      firstName: 'Maé',
      email: 'mae@test.fr',
      consent: true,
    });
    const waiting = await api.booking.book({
      sessionId: from,
      firstName: 'Tom',
      email: 'tom@test.fr',
      consent: true,
    });
    expect(waiting.status).toBe('waitlisted');
    const token = mover.token as string;

    const seen = await api.booking.byToken({ token });
    expect(seen.canMove).toBe(true);
    expect(seen.moveTargets.map((s) => s.id)).toContain(to);
    expect(seen.moveTargets.map((s) => s.id)).not.toContain(from);

    const moved = await api.booking.move({ token, sessionId: to });
    expect(moved).toEqual({ outcome: 'moved', status: 'confirmed' });
    // The same link now shows the new session.
    const after = await api.booking.byToken({ token });
    expect(after).toMatchObject({ sessionId: to, status: 'confirmed' });
    // The booking itself moved (same link, same row); Tom, first in line, took the freed seat.
    expect((await bookingsOf(from)).map((b) => [b.email, b.status])).toEqual([['tom@test.fr', 'confirmed']]);
    expect((await bookingsOf(to)).map((b) => [b.email, b.status])).toEqual([['mae@test.fr', 'confirmed']]);

    // Told once each: the mover gets the new date with the same link, the promoted person their seat.
    const moverMail = await h.smtp.waitFor(
      (m) =>
        (m.to && 'text' in m.to ? m.to.text : '') === 'mae@test.fr' &&
        (m.text?.includes(token) ?? false) &&
        mailsTo('mae@test.fr').length >= 2,
    );
    expect(moverMail.subject).toBe('Inscription confirmée : Prendre en main son smartphone');
    await h.smtp.waitFor(
      (m) =>
        m.subject?.startsWith('Une place s’est libérée') === true &&
        (m.to && 'text' in m.to ? m.to.text : '') === 'tom@test.fr',
    );

    // Sending the same move again changes nothing and sends nothing.
    await h.drainJobs();
    const before = h.smtp.messages.length;
    await expect(api.booking.move({ token, sessionId: to })).resolves.toEqual({
      outcome: 'replayed',
      status: 'confirmed',
    });
    expect(await bookingsOf(to)).toHaveLength(1);
    await h.drainJobs();
    expect(h.smtp.messages.length).toBe(before);
  });

  it('puts the person on the waitlist of a full session', async () => {
    const workshop = await newActivity();
    const from = await createSession(2, {}, workshop);
    const to = await createSession(1, { startsInHours: 96 }, workshop);
    const api = await callerAt('10.5.0.2');
    await api.booking.book({ sessionId: to, firstName: 'Ana', phone: '0611000001', consent: true });
    const mover = await api.booking.book({
      sessionId: from,
      firstName: 'Léo',
      phone: '0611000002',
      consent: true,
    });
    const seen = await api.booking.byToken({ token: mover.token as string });
    expect(seen.moveTargets.find((s) => s.id === to)?.seatsLeft).toBe(0);
    await expect(api.booking.move({ token: mover.token as string, sessionId: to })).resolves.toEqual({
      outcome: 'moved',
      status: 'waitlisted',
    });
    expect((await bookingsOf(to)).map((b) => b.status)).toEqual(['confirmed', 'waitlisted']);
  });

  it('two people moving into the last seat at once: one seat, one waitlist, nothing lost', async () => {
    const workshop = await newActivity();
    const from = await createSession(5, {}, workshop);
    const to = await createSession(1, { startsInHours: 96 }, workshop);
    const api = await callerAt('10.5.0.3');
    const a = await api.booking.book({ sessionId: from, firstName: 'A', phone: '0611000003', consent: true });
    const b = await api.booking.book({ sessionId: from, firstName: 'B', phone: '0611000004', consent: true });
    const results = await Promise.all([
      api.booking.move({ token: a.token as string, sessionId: to }),
      api.booking.move({ token: b.token as string, sessionId: to }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(['confirmed', 'waitlisted']);
    expect((await bookingsOf(to)).map((r) => r.status)).toEqual(['confirmed', 'waitlisted']);
    expect(await bookingsOf(from)).toEqual([]);
  });

  it('refuses after the cut-off, to a session already held, and to another workshop', async () => {
    const api = await callerAt('10.5.0.4');
    const soon = await createSession(5, { startsInHours: 2, cutoffMinutes: 1440 });
    const later = await createSession(5, { startsInHours: 96 });
    const late = await api.booking.book({
      sessionId: soon,
      firstName: 'Zoé',
      phone: '0611000005',
      consent: true,
    });
    expect((await api.booking.byToken({ token: late.token as string })).canMove).toBe(false);
    await expect(api.booking.move({ token: late.token as string, sessionId: later })).rejects.toThrow(
      'cancellation_closed',
    );

    const from = await createSession(5);
    const mine = await api.booking.book({
      sessionId: from,
      firstName: 'Zoé',
      phone: '0611000005',
      consent: true,
    });
    await api.booking.book({ sessionId: later, firstName: 'Zoé', phone: '06 11 00 00 05', consent: true });
    await expect(api.booking.move({ token: mine.token as string, sessionId: later })).rejects.toThrow(
      'already_booked',
    );
    expect((await api.booking.byToken({ token: mine.token as string })).sessionId).toBe(from);

    const other = await sql<{ id: string }>`
      insert into public.activities (place_id, title, themes, status)
      values (${placeId}, 'Autre atelier', '{prendre_en_main_du_materiel}', 'published') returning id`.execute(
      h.db.db,
    );
    const { rows } = await sql<{ id: string }>`
      insert into public.sessions (activity_id, place_id, starts_at, ends_at, capacity)
      values (${other.rows[0]?.id}, ${placeId}, ${inHours(80)}, ${inHours(82)}, 5) returning id`.execute(
      h.db.db,
    );
    await expect(
      api.booking.move({ token: mine.token as string, sessionId: rows[0]?.id as string }),
    ).rejects.toThrow('not_found');
    expect((await api.booking.byToken({ token: mine.token as string })).status).toBe('confirmed');
  });
});

describe('booking for someone else, and with an account', () => {
  it('stores the prescriber with the booking, not on anyone’s account', async () => {
    const sessionId = await createSession(5);
    const api = await callerAt('10.6.0.1');
    const booked = await api.booking.book({
      sessionId,
      mode: 'prescriber',
      firstName: 'Josiane',
      phone: '06 22 33 44 55',
      consent: true,
      prescriberName: 'Sam Martin',
      prescriberOrganisation: 'France Services Concarneau',
    });
    expect(booked).toMatchObject({ outcome: 'created', status: 'confirmed' });
    const { rows } = await sql<Record<string, string | null>>`
      select first_name, phone, prescriber_name, prescriber_organisation, prescriber_email, user_id
      from public.bookings where session_id = ${sessionId}`.execute(h.db.db);
    expect(rows).toEqual([
      {
        first_name: 'Josiane',
        phone: '+33622334455',
        prescriber_name: 'Sam Martin',
        prescriber_organisation: 'France Services Concarneau',
        // No longer collected (docs/decisions/034).
        prescriber_email: null,
        user_id: null,
      },
    ]);
    const seen = await api.booking.byToken({ token: booked.token as string });
    expect(seen).toMatchObject({
      prescriberName: 'Sam Martin',
      prescriberOrganisation: 'France Services Concarneau',
    });
  });

  it('books a signed-in person in one click, on their account, once', async () => {
    const sessionId = await createSession(5);
    const userId = await h.createPerson({
      email: 'membre-clic@test.fr',
      password: 'un mot de passe solide 42',
    });
    const scope = await h.as();
    await scope.api.identity.signIn({ email: 'membre-clic@test.fr', password: 'un mot de passe solide 42' });
    const { api } = await h.as(scope.cookies);
    const idempotencyKey = randomUUID();
    const [a, b] = await Promise.all([
      api.booking.bookForMe({ sessionId, idempotencyKey }),
      api.booking.bookForMe({ sessionId, idempotencyKey }),
    ]);
    expect([a.outcome, b.outcome].sort()).toEqual(['created', 'replayed']);
    expect(a.outcome === 'created' ? a : b).toMatchObject({
      status: 'confirmed',
      email: 'membre-clic@test.fr',
    });
    const again = await api.booking.bookForMe({ sessionId, idempotencyKey: randomUUID() });
    expect(again.outcome).toBe('existing');
    const { rows } = await sql<{ user_id: string; email: string; first_name: string }>`
      select user_id, email, first_name from public.bookings where session_id = ${sessionId}`.execute(
      h.db.db,
    );
    expect(rows).toEqual([{ user_id: userId, email: 'membre-clic@test.fr', first_name: 'membre-clic' }]);
    // Listed in their member space.
    const space = await api.home.space();
    expect(space.bookings.map((booking) => booking.title)).toContain('Prendre en main son smartphone');

    await expect(
      (await callerAt('10.6.0.2')).booking.bookForMe({ sessionId, idempotencyKey: randomUUID() }),
    ).rejects.toThrow('unauthenticated');
  });
});

describe('booking.liveSeats', () => {
  it('counts seats left as bookings come in', async () => {
    const sessionId = await createSession(2);
    const api = await callerAt('10.7.0.1');
    expect(await api.booking.liveSeats({ sessionId })).toEqual({
      capacity: 2,
      seatsLeft: 2,
      booking: 'open',
    });
    await api.booking.book({ sessionId, firstName: 'X', phone: '0611000009', consent: true });
    expect((await api.booking.liveSeats({ sessionId })).seatsLeft).toBe(1);
  });
});
