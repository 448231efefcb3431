import { withServiceRole } from '@rf/db/service';
import { listJobs } from '@rf/jobs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callerFor } from '../../caller.ts';
import { describeError } from '../../errors.ts';
import { type ApiHarness, startApiHarness } from '../../testing.ts';

// Decision 040: a resident who gives only a mobile number hears everything by SMS, through a local server
// that speaks Brevo's API; the SMS carries a short link that leads to the private page, where "J'annule"
// frees the seat for the next person in line, who is told by SMS too.
let h: ApiHarness;
const SECRET = 'secret-des-accuses-de-reception';
let placeId: string;
let activityId: string;

const inHours = (hours: number) => new Date(Date.now() + hours * 3_600_000).toISOString();
const caller = (ip: string) =>
  callerFor(h.services, {
    request: new Request('http://localhost:3000/'),
    responseHeaders: new Headers(),
    clientAddress: ip,
  });
const form = (sessionId: string, firstName: string, phone: string) => ({
  sessionId,
  firstName,
  phone,
  consent: true as const,
});
/**
 * Runs every job due, then the SMS the quiet hours hold until 08:00 (this test may run at night), then
 * whatever those queue.
 */
async function flush() {
  await h.drainJobs();
  await sql`update private.jobs set run_at = now() where task in ('booking-sms', 'appointment-sms') and status = 'queued'`.execute(
    h.db.db,
  );
  await h.drainJobs();
}
const linkIn = (text: string) => /http:\/\/localhost:3000\/r\/([A-Za-z0-9_-]{22})/.exec(text)?.[1];

beforeAll(async () => {
  h = await startApiHarness({ env: { BREVO_WEBHOOK_SECRET: SECRET } });
  placeId =
    (
      await sql<{
        id: string;
      }>`insert into public.places (slug, name, kinds, address, postal_code, commune_code, status)
        values ('fabrique-sms', 'Fabrique du Port', '{FABLAB}', '1 rue du Port', '29900', '29039', 'published')
        returning id`.execute(h.db.db)
    ).rows[0]?.id ?? '';
  activityId =
    (
      await sql<{ id: string }>`insert into public.activities (place_id, title, themes, status)
        values (${placeId}, 'Faire ses démarches CAF en ligne avec son téléphone portable et FranceConnect',
          '{prendre_en_main_du_materiel}', 'published') returning id`.execute(h.db.db)
    ).rows[0]?.id ?? '';
});
afterAll(() => h.stop());

async function session(capacity: number, startsInHours = 72): Promise<string> {
  const { rows } = await sql<{ id: string }>`insert into public.sessions (activity_id, place_id, starts_at,
      ends_at, capacity) values (${activityId}, ${placeId}, ${inHours(startsInHours)},
      ${inHours(startsInHours + 2)}, ${capacity}) returning id`.execute(h.db.db);
  return rows[0]?.id as string;
}

describe('SMS to residents with a mobile number', () => {
  it('confirms by SMS with a short link, and a cancel through it promotes the next person, told by SMS', async () => {
    const sessionId = await session(1);
    const first = await (await caller('10.9.0.1')).booking.book(form(sessionId, 'Yvonne', '06 12 34 56 78'));
    const second = await (await caller('10.9.0.2')).booking.book(form(sessionId, 'Gaël', '0690 12 34 56'));
    expect(first.status).toBe('confirmed');
    expect(second.status).toBe('waitlisted');
    await flush();

    const confirmed = await h.brevo.waitFor((m) => m.recipient === '33612345678');
    expect(confirmed.content).toMatch(/^Inscription confirmée : Faire ses démarches/);
    expect(confirmed.content.length).toBeLessThanOrEqual(160);
    expect(confirmed.sender).toBe('RFabriques');
    // A Guadeloupe mobile written the French way is +590, not +33.
    const waiting = await h.brevo.waitFor((m) => m.recipient === '590690123456');
    expect(waiting.content).toMatch(/^Liste d'attente/);

    // The short link leads to the full private link; "J'annule" there frees the seat.
    const token = linkIn(confirmed.content) as string;
    const anonymous = await caller('10.9.0.3');
    const { path } = await anonymous.booking.shortLink({ token });
    expect(path).toBe(`/reservation/${first.token}`);
    await anonymous.booking.cancel({ token: first.token as string });
    await flush();
    const promoted = await h.brevo.waitFor(
      (m) => m.recipient === '590690123456' && m.content.startsWith('Une place pour vous'),
    );
    expect(linkIn(promoted.content)).toBeTruthy();
    expect(
      h.brevo.messages.filter((m) => m.recipient === '33612345678').map((m) => m.content.slice(0, 20)),
    ).toEqual(['Inscription confirmé', 'Inscription annulée ']);
    // Each SMS counted for the place's month (no number, no text kept).
    const { rows } = await sql<{
      sent: number;
    }>`select sent from private.sms_usage where place_id = ${placeId}`.execute(h.db.db);
    expect(rows[0]?.sent).toBe(4);
  });

  it('sends nothing to a landline, and answers 404 to an unknown or malformed short link', async () => {
    const sessionId = await session(5);
    const before = h.brevo.messages.length;
    await (await caller('10.9.0.4')).booking.book(form(sessionId, 'Jeanne', '02 98 12 34 56'));
    await flush();
    expect(h.brevo.messages.length).toBe(before);
    const anonymous = await caller('10.9.0.5');
    await expect(anonymous.booking.shortLink({ token: 'A'.repeat(22) })).rejects.toThrow('not_found');
    await expect(anonymous.booking.shortLink({ token: '../../etc/passwd' })).rejects.toThrow();
  });

  it('tries again when Brevo fails for a while, and sends the SMS once', async () => {
    const sessionId = await session(5);
    h.brevo.failNext(503, 2);
    await (await caller('10.9.0.6')).booking.book(form(sessionId, 'Loïc', '+33 7 81 23 45 67'));
    await flush();
    const sms = await h.brevo.waitFor((m) => m.recipient === '33781234567', 30_000);
    expect(sms.content).toMatch(/^Inscription confirmée/);
    await h.drainJobs();
    expect(h.brevo.messages.filter((m) => m.recipient === '33781234567')).toHaveLength(1);
  }, 40_000);

  it('tells by SMS when the organisers move the session, then when they cancel it, once each', async () => {
    const sessionId = await session(5, 96);
    await (await caller('10.9.0.7')).booking.book(form(sessionId, 'Maëlle', '06 45 67 89 01'));
    await flush();
    await h.brevo.waitFor(
      (m) => m.recipient === '33645678901' && m.content.startsWith('Inscription confirmée'),
    );
    await sql`update public.sessions set starts_at = starts_at + interval '1 day', ends_at = ends_at + interval '1 day'
      where id = ${sessionId}`.execute(h.db.db);
    await flush();
    const moved = await h.brevo.waitFor(
      (m) => m.recipient === '33645678901' && m.content.startsWith('Séance déplacée'),
    );
    expect(moved.content.length).toBeLessThanOrEqual(160);
    // As the worker cancels a session short of its minimum (decision 039): the service role.
    await withServiceRole(h.services.db, 'test: cancel a session', (tx) =>
      sql`select private.cancel_session(${sessionId}::uuid, 'Animatrice malade')`.execute(tx),
    );
    await flush();
    await h.brevo.waitFor(
      (m) => m.recipient === '33645678901' && m.content.startsWith('Séance annulée par le lieu'),
    );
    await flush();
    expect(
      h.brevo.messages.filter((m) => m.recipient === '33645678901').map((m) => m.content.slice(0, 15)),
    ).toEqual(['Inscription con', 'Séance déplacée', 'Séance annulée ']);
  });

  it('reminds by SMS before the session, with the link to answer', async () => {
    const sessionId = await session(5, 30);
    await (await caller('10.9.0.8')).booking.book(form(sessionId, 'Soizic', '06 55 44 33 22'));
    await flush();
    // The reminder is due 24 hours before: as if that time had come.
    await sql`update private.jobs set run_at = now() where task = 'session-reminder' and status = 'queued'
      and payload ->> 'bookingId' in (select id::text from public.bookings where session_id = ${sessionId})`.execute(
      h.db.db,
    );
    await flush();
    const reminder = await h.brevo.waitFor(
      (m) => m.recipient === '33655443322' && m.content.startsWith('Rappel'),
    );
    expect(reminder.content).toMatch(
      /Vous venez \? Répondez : http:\/\/localhost:3000\/r\/[A-Za-z0-9_-]{22}$/,
    );
  });

  it('counts SMS per place for its managers, and past a cap set by a network admin sends no reminder by SMS', async () => {
    await h.createPerson({
      email: 'admin-sms@test.fr',
      password: 'mot-de-passe-admin',
      networkRole: 'network_admin',
    });
    await h.createPerson({
      email: 'gestion-sms@test.fr',
      password: 'mot-de-passe-g',
      places: [{ placeId, role: 'manager' }],
    });
    const signedIn = async (email: string, password: string) => {
      const scope = await h.as();
      await scope.api.identity.signIn({ email, password });
      return (await h.as(scope.cookies)).api;
    };
    const admin = await signedIn('admin-sms@test.fr', 'mot-de-passe-admin');
    const manager = await signedIn('gestion-sms@test.fr', 'mot-de-passe-g');
    const refusal = (call: Promise<unknown>) =>
      call.then(
        () => 'accepted',
        (error: unknown) => describeError(error).code,
      );

    // Only a network admin sets a cap, and only a sensible one.
    expect(await refusal(manager.network.smsCapSet({ placeId, cap: 1000 }))).toBe('forbidden');
    expect(await refusal(admin.network.smsCapSet({ placeId, cap: -3 }))).toBe('invalid_input');
    await admin.network.smsCapSet({ placeId, cap: 0 });

    const sessionId = await session(5, 30);
    await (await caller('10.9.0.9')).booking.book(form(sessionId, 'Tanguy', '06 11 22 33 44'));
    await flush();
    // News that changes plans always goes…
    await h.brevo.waitFor(
      (m) => m.recipient === '33611223344' && m.content.startsWith('Inscription confirmée'),
    );
    await sql`update private.jobs set run_at = now() where task = 'session-reminder' and status = 'queued'
      and payload ->> 'bookingId' in (select id::text from public.bookings where session_id = ${sessionId})`.execute(
      h.db.db,
    );
    await flush();
    // …the reminder stays e-mail only past the cap.
    expect(
      h.brevo.messages.filter((m) => m.recipient === '33611223344').map((m) => m.content.slice(0, 6)),
    ).toEqual(['Inscri']);
    const { rows } = await sql<{ task: string; status: string }>`select task, status from private.jobs
      where task = 'booking-sms' and payload ->> 'kind' = 'reminder'
        and payload ->> 'bookingId' in (select id::text from public.bookings where session_id = ${sessionId})`.execute(
      h.db.db,
    );
    expect(rows).toEqual([{ task: 'booking-sms', status: 'done' }]);

    // The manager reads their place's count and cap; an admin sees it too; no one else's for the manager.
    const seen = await manager.network.smsUsage();
    expect(seen.canSetCaps).toBe(false);
    expect(seen.rows).toEqual([
      expect.objectContaining({
        placeId,
        placeName: 'Fabrique du Port',
        cap: 0,
        thisMonth: expect.any(Number),
      }),
    ]);
    expect(seen.rows[0]?.thisMonth).toBe(h.brevo.messages.length);
    expect((await admin.network.smsUsage()).rows.map((r) => r.placeId)).toContain(placeId);
    await admin.network.smsCapSet({ placeId, cap: null });
    expect((await manager.network.smsUsage()).rows[0]?.cap).toBeNull();

    // The place's managers choose how long before its sessions the reminder goes (48 hours unless said).
    expect((await manager.network.smsUsage()).rows[0]?.reminderHours).toBe(48);
    expect(await refusal(manager.network.reminderHoursSet({ placeId, hours: 1 }))).toBe('invalid_input');
    await manager.network.reminderHoursSet({ placeId, hours: 24 });
    const later = await session(5, 100);
    const booked = await (await caller('10.9.0.12')).booking.book(form(later, 'Youenn', '06 21 43 65 87'));
    expect(booked.status).toBe('confirmed');
    const { rows: reminders } = await sql<{ due: string; starts: string }>`
      select j.run_at as due, s.starts_at as starts from private.jobs j
      join public.bookings b on b.id::text = j.payload ->> 'bookingId'
      join public.sessions s on s.id = b.session_id
      where j.task = 'session-reminder' and b.session_id = ${later}`.execute(h.db.db);
    expect(
      new Date(reminders[0]?.starts as string).getTime() - new Date(reminders[0]?.due as string).getTime(),
    ).toBe(24 * 3_600_000);
    const outsider = await h.as();
    expect(await refusal(outsider.api.network.reminderHoursSet({ placeId, hours: 24 }))).toBe(
      'unauthenticated',
    );
    await manager.network.reminderHoursSet({ placeId, hours: 48 });
  });

  it('records Brevo’s delivery receipts when they carry the shared secret, and only then', async () => {
    const sessionId = await session(5, 50);
    await (await caller('10.9.0.10')).booking.book(form(sessionId, 'Erwan', '06 98 76 54 32'));
    await flush();
    const sms = await h.brevo.waitFor((m) => m.recipient === '33698765432');
    const status = async () =>
      (
        await sql<{ status: string; kind: string }>`select status, kind from private.sms_deliveries
          where provider_id = ${String(sms.messageId)}`.execute(h.db.db)
      ).rows[0];
    expect(await status()).toEqual({ status: 'sent', kind: 'confirmed' });
    const anonymous = await caller('10.9.0.11');
    const receipt = (msgStatus: string) =>
      JSON.stringify({ messageId: sms.messageId, msg_status: msgStatus, to: '33698765432', tag: 'x' });
    const code = (call: Promise<unknown>) =>
      call.then(
        () => 'accepted',
        (error: unknown) => describeError(error).code,
      );

    // A forged receipt changes nothing.
    expect(
      await code(
        anonymous.booking.smsReceipts({ authorization: 'Bearer devine', body: receipt('hard_bounce') }),
      ),
    ).toBe('unauthenticated');
    expect(await code(anonymous.booking.smsReceipts({ body: receipt('hard_bounce') }))).toBe(
      'unauthenticated',
    );
    expect(await status()).toEqual({ status: 'sent', kind: 'confirmed' });
    // Brevo's, with the secret (bearer or basic authentication), is recorded; a late "sent" does not undo it.
    const bearer = `Bearer ${SECRET}`;
    await expect(
      anonymous.booking.smsReceipts({ authorization: bearer, body: receipt('delivered') }),
    ).resolves.toEqual({ received: 1, known: 1 });
    const basic = `Basic ${Buffer.from(`brevo:${SECRET}`).toString('base64')}`;
    await anonymous.booking.smsReceipts({ authorization: basic, body: receipt('sent') });
    expect(await status()).toEqual({ status: 'delivered', kind: 'confirmed' });
    expect(
      await code(anonymous.booking.smsReceipts({ authorization: bearer, body: '{"pas":"un accusé"' })),
    ).toBe('invalid_input');
  });

  it('takes "Je viens" from the private link, once, and shows it on the organisers’ attendance list', async () => {
    const sessionId = await session(5, 60);
    const booked = await (await caller('10.9.0.13')).booking.book(
      form(sessionId, 'Armelle', '06 31 41 59 26'),
    );
    const token = booked.token as string;
    const anonymous = await caller('10.9.0.14');
    expect((await anonymous.booking.byToken({ token })).canSayComing).toBe(true);
    await anonymous.booking.confirmComing({ token });
    await anonymous.booking.confirmComing({ token });
    const seen = await anonymous.booking.byToken({ token });
    expect(seen.comingConfirmedAt).not.toBeNull();

    // The manager (made by the cap test above) sees the answer when taking attendance.
    const scope = await h.as();
    await scope.api.identity.signIn({ email: 'gestion-sms@test.fr', password: 'mot-de-passe-g' });
    const manager = (await h.as(scope.cookies)).api;
    const list = await manager.attendance.sessionAttendance({ sessionId });
    expect(list.people.map((p) => [p.firstName, p.comingConfirmed])).toEqual([['Armelle', true]]);

    // Cancelled, there is nothing to answer any more.
    await anonymous.booking.cancel({ token });
    expect((await anonymous.booking.byToken({ token })).canSayComing).toBe(false);
    await expect(anonymous.booking.confirmComing({ token })).rejects.toThrow();
  });

  it('writes the e-mail and the SMS in the language the person booked in', async () => {
    const sessionId = await session(5, 70);
    const english = await callerFor(h.services, {
      request: new Request('http://localhost:3000/', { headers: { cookie: 'rf-locale=en' } }),
      responseHeaders: new Headers(),
      clientAddress: '10.9.0.15',
    });
    await english.booking.book({ ...form(sessionId, 'Alice', '06 27 18 28 18'), email: 'alice@example.org' });
    await flush();
    const sms = await h.brevo.waitFor((m) => m.recipient === '33627182818');
    expect(sms.content).toMatch(
      /^Booking confirmed: Faire ses d.*, \w{3} \d+ \w+ at \d\d:\d\d\. Cancel or see: /,
    );
    const mail = await h.smtp.waitFor(
      (m) => (m.to && 'text' in m.to ? m.to.text : '') === 'alice@example.org',
    );
    expect(mail.subject).toMatch(/^Booking confirmed: /);
  });
});

describe('the short link in every SMS', () => {
  it('leads each resident to their own booking, from every SMS they receive', async () => {
    const sessionId = await session(1, 72);
    const first = await (await caller('10.9.2.1')).booking.book(form(sessionId, 'Anaïg', '06 72 00 00 01'));
    const waiting = await (await caller('10.9.2.2')).booking.book(form(sessionId, 'Riwal', '06 72 00 00 02'));
    expect([first.status, waiting.status]).toEqual(['confirmed', 'waitlisted']);
    await flush();
    const anonymous = await caller('10.9.2.3');
    const opened = async (token: string) => (await anonymous.booking.shortLink({ token })).path;

    // The first cancels from the link in her confirmation: the second is promoted.
    const confirmation = await h.brevo.waitFor((m) => m.recipient === '33672000001');
    await anonymous.booking.cancel({
      token: (await opened(linkIn(confirmation.content) as string)).replace('/reservation/', ''),
    });
    await flush();
    await h.brevo.waitFor((m) => m.recipient === '33672000002' && m.content.startsWith('Une place'));
    // The reminder, as if its time had come; then the organisers move the session, then cancel it.
    await sql`update private.jobs set run_at = now() where task = 'session-reminder' and status = 'queued'
      and payload ->> 'bookingId' in (select id::text from public.bookings where session_id = ${sessionId})`.execute(
      h.db.db,
    );
    await flush();
    await sql`update public.sessions set starts_at = starts_at + interval '1 day', ends_at = ends_at + interval '1 day'
      where id = ${sessionId}`.execute(h.db.db);
    await flush();
    await withServiceRole(h.services.db, 'test: cancel a session', (tx) =>
      sql`select private.cancel_session(${sessionId}::uuid, 'Salle inondée')`.execute(tx),
    );
    await flush();

    const received = (recipient: string) => h.brevo.messages.filter((m) => m.recipient === recipient);
    expect(received('33672000001').map((m) => m.content.slice(0, 20))).toEqual([
      'Inscription confirmé',
      'Inscription annulée ',
    ]);
    expect(received('33672000002').map((m) => m.content.slice(0, 14))).toEqual([
      "Liste d'attent",
      'Une place pour',
      'Rappel : Faire',
      'Séance déplacé',
      'Séance annulée',
    ]);
    for (const [recipient, booked] of [
      ['33672000001', first],
      ['33672000002', waiting],
    ] as const) {
      const tokens = received(recipient).map((m) => linkIn(m.content));
      expect(tokens.every(Boolean), recipient).toBe(true);
      // One short link per booking, the same in every SMS; each opens that booking's private page.
      expect(new Set(tokens).size).toBe(1);
      for (const token of tokens) expect(await opened(token as string)).toBe(`/reservation/${booked.token}`);
      const page = await anonymous.booking.byToken({ token: booked.token as string });
      expect(page.status).toBe('cancelled');
    }
  });
});

describe('SMS the provider refuses for good', () => {
  /** The SMS jobs of this session's bookings, as operators see them (`jobs failed` reads the same list). */
  async function smsJobs(sessionId: string) {
    const { rows } = await sql<{ id: string }>`select id::text from public.bookings
      where session_id = ${sessionId}`.execute(h.db.db);
    const ids = new Set(rows.map((r) => r.id));
    return (await listJobs(h.services.db, { task: 'booking-sms' })).filter((job) =>
      ids.has((job.payload as { bookingId: string }).bookingId),
    );
  }
  /** As if every wait between attempts were over, until no SMS is queued. */
  async function retryUntilSettled(sessionId: string) {
    for (let round = 0; round < 12; round++) {
      await flush();
      if ((await smsJobs(sessionId)).every((job) => job.status === 'done' || job.status === 'failed')) return;
    }
  }

  it('fails at once, with Brevo’s reason, when Brevo refuses the key: nothing is sent again', async () => {
    const sessionId = await session(5, 80);
    const before = h.brevo.requests.length;
    h.brevo.failNext(401);
    await (await caller('10.9.1.1')).booking.book(form(sessionId, 'Goulven', '06 70 80 90 10'));
    await retryUntilSettled(sessionId);
    const [job, ...others] = await smsJobs(sessionId);
    expect(others).toEqual([]);
    expect(job).toMatchObject({ status: 'failed', attempts: 1, maxAttempts: 8 });
    expect(job?.lastError).toMatch(/401 unauthorized/);
    // Listed with the failed e-mails, for `pnpm --filter @rf/worker jobs failed`.
    expect((await listJobs(h.services.db, { status: 'failed' })).map((j) => j.id)).toContain(job?.id);
    expect(h.brevo.requests.slice(before).map((r) => r.status)).toEqual([401]);
    expect(h.brevo.messages.filter((m) => m.recipient === '33670809010')).toEqual([]);
  });

  it('fails at once when Brevo accepted the SMS with an unreadable answer: the person gets it once', async () => {
    const sessionId = await session(5, 80);
    h.brevo.failNext('unreadable');
    await (await caller('10.9.1.2')).booking.book(form(sessionId, 'Nolwenn', '06 70 80 90 11'));
    await retryUntilSettled(sessionId);
    const [job] = await smsJobs(sessionId);
    expect(job).toMatchObject({ status: 'failed', attempts: 1 });
    expect(job?.lastError).toMatch(/unreadable answer/);
    expect(h.brevo.messages.filter((m) => m.recipient === '33670809011')).toHaveLength(1);
  });

  it('tries every attempt while Brevo is down, then lists the SMS with the failed e-mails', async () => {
    const sessionId = await session(5, 80);
    const before = h.brevo.requests.length;
    h.brevo.failNext(503, 8);
    await (await caller('10.9.1.3')).booking.book(form(sessionId, 'Corentin', '06 70 80 90 12'));
    await retryUntilSettled(sessionId);
    const [job] = await smsJobs(sessionId);
    expect(job).toMatchObject({ status: 'failed', attempts: 8, maxAttempts: 8 });
    expect(job?.lastError).toMatch(/503 service_unavailable/);
    expect((await listJobs(h.services.db, { status: 'failed' })).map((j) => j.id)).toContain(job?.id);
    expect(h.brevo.requests.slice(before).map((r) => r.status)).toEqual(Array(8).fill(503));
    expect(h.brevo.messages.filter((m) => m.recipient === '33670809012')).toEqual([]);
  }, 60_000);
});
