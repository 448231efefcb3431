import { randomUUID } from 'node:crypto';
import { type Availability, availabilitySlots } from '@rf/domain/appointments/slots';
import { parseInvitation } from '@rf/domain/booking/ics-testing';
import { attachedFiles, receivedInvitation } from '@rf/mail/testing';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callerFor } from '../../caller.ts';
import { type ApiHarness, startApiHarness } from '../../testing.ts';

// Appointments on the real database (slots, the booking function, its lock and exclusion constraint,
// RLS) with the real SMTP mailer and server; their e-mails go through the job queue and its worker.
let h: ApiHarness;
let placeA: string;
let placeB: string;
let mediateur: string;
const cookies: Record<'managerA' | 'managerB', string[]> = { managerA: [], managerB: [] };

const HOUR = 3_600_000;

type Mail = ApiHarness['smtp']['messages'][number];
const recipient = (m: Mail) => (m.to && 'text' in m.to ? m.to.text : '');
const mailsTo = (email: string, subject = '') =>
  h.smtp.messages.filter((m) => recipient(m) === email && (m.subject ?? '').startsWith(subject));

async function jobsOf(appointmentId: string) {
  const { rows } = await sql<{ task: string; status: string; run_at: string; job_key: string | null }>`
    select task, status, run_at, job_key from private.jobs
    where payload ->> 'appointmentId' = ${appointmentId} order by id`.execute(h.db.db);
  return rows;
}

async function appointmentIdOf(email: string): Promise<string> {
  const { rows } = await sql<{ id: string }>`
    select id from public.appointments where email = ${email}`.execute(h.db.db);
  return rows[0]?.id as string;
}

/** A caller as a browser at this address would get it (each client has its own booking allowance). */
function callerAt(ip: string) {
  const request = new Request('http://localhost:3000/');
  return callerFor(h.services, { request, responseHeaders: new Headers(), clientAddress: ip });
}

/** The private link's token of a new appointment (only whoever created it gets one). */
function linkOf(booked: { token: string | null }): string {
  if (!booked.token) throw new Error('no private link');
  return booked.token;
}

async function signIn(email: string, password: string) {
  const scope = await h.as();
  await scope.api.identity.signIn({ email, password });
  return scope.cookies;
}

interface AvailabilityRow {
  id: string;
  availability: Availability;
}

/** An availability every day from `start` to `end` (Paris), written as a manager would. */
async function openAvailability(
  patch: Partial<Availability> & { startTime: string; endTime: string },
): Promise<AvailabilityRow> {
  const a: Omit<Availability, 'id'> = {
    placeId: placeA,
    mediateurId: mediateur,
    firstDay: new Date(Date.now() - 2 * 86_400_000).toISOString().slice(0, 10),
    lastDay: null,
    weekdays: [1, 2, 3, 4, 5, 6, 7],
    timeZone: 'Europe/Paris',
    slotMinutes: 30,
    modalities: ['sur_place', 'telephone'],
    bufferMinutes: 0,
    minNoticeMinutes: 120,
    horizonDays: 14,
    whoMayBook: 'everyone',
    isActive: true,
    ...patch,
  };
  const { rows } = await sql<{ id: string }>`
    insert into public.appointment_availabilities (place_id, mediateur_id, first_day, weekdays, start_time,
      end_time, slot_minutes, modalities, buffer_minutes, min_notice_minutes, horizon_days, who_may_book)
    values (${a.placeId}, ${a.mediateurId}, ${a.firstDay}, ${a.weekdays}::smallint[], ${a.startTime}, ${a.endTime},
      ${a.slotMinutes}, ${a.modalities}::public.appointment_modality[], ${a.bufferMinutes}, ${a.minNoticeMinutes},
      ${a.horizonDays}, ${a.whoMayBook})
    returning id`.execute(h.db.db);
  const id = rows[0]?.id as string;
  return { id, availability: { ...a, id } };
}

async function deactivateAll() {
  await sql`update public.appointment_availabilities set is_active = false`.execute(h.db.db);
}

/** A slot of this availability starting between `fromHours` and `toHours` from now. */
function slotBetween(row: AvailabilityRow, fromHours: number, toHours: number) {
  const slot = availabilitySlots(
    row.availability,
    new Date(Date.now() + fromHours * HOUR),
    new Date(Date.now() + toHours * HOUR),
  )[0];
  if (!slot) throw new Error('no slot in that window');
  return slot;
}

const person = (i: number) => ({
  firstName: `Personne ${i}`,
  email: `rdv-${i}@test.fr`,
  consent: true as const,
  modality: 'sur_place' as const,
});

beforeAll(async () => {
  h = await startApiHarness({ env: { DATABASE_POOL_SIZE: '30' } });
  const places = await sql<{ id: string; slug: string }>`
    insert into public.places (slug, name, kinds, address, postal_code, commune_code, status, phone)
    values ('konk-ar-lab', 'Konk Ar Lab', '{FABLAB}', '1 rue du Port', '29900', '29039', 'published', '+33298000000'),
           ('la-machinerie', 'La Machinerie', '{FABLAB}', '2 rue du Port', '29900', '29039', 'published', null)
    returning id, slug`.execute(h.db.db);
  placeA = places.rows.find((p) => p.slug === 'konk-ar-lab')?.id as string;
  placeB = places.rows.find((p) => p.slug === 'la-machinerie')?.id as string;
  await h.createPerson({
    email: 'gestion-a@test.fr',
    password: 'mot-de-passe-a',
    places: [{ placeId: placeA, role: 'manager' }],
  });
  await h.createPerson({
    email: 'gestion-b@test.fr',
    password: 'mot-de-passe-b',
    places: [{ placeId: placeB, role: 'manager' }],
  });
  mediateur = await h.createPerson({
    email: 'mediateur@test.fr',
    password: 'mot-de-passe-m',
    places: [{ placeId: placeA, role: 'member' }],
  });
  cookies.managerA = await signIn('gestion-a@test.fr', 'mot-de-passe-a');
  cookies.managerB = await signIn('gestion-b@test.fr', 'mot-de-passe-b');
}, 60_000);
afterAll(() => h.stop());

describe('public slots', () => {
  it('lists the next days’ slots grouped by day, from the notice on, filtered by modality', async () => {
    await deactivateAll();
    const row = await openAvailability({ startTime: '00:00', endTime: '23:30', modalities: ['telephone'] });
    const api = await callerAt('10.9.0.1');
    const listed = await api.appointments.placeSlots({ slug: 'konk-ar-lab', days: 3 });
    expect(listed.place).toMatchObject({ name: 'Konk Ar Lab', address: '1 rue du Port, 29900 Concarneau' });
    expect(listed.modalities).toEqual(['telephone']);
    const slots = listed.days.flatMap((d) => d.slots);
    expect(slots.length).toBeGreaterThan(100);
    expect(slots.every((s) => s.availabilityId === row.id && s.minutes === 30)).toBe(true);
    // Nothing sooner than the two hours' notice, nothing beyond the three days asked.
    const first = Date.parse(slots[0]?.startsAt as string);
    const notice = Date.now() + 2 * HOUR;
    expect(first).toBeGreaterThanOrEqual(notice - 60_000);
    // The next half hour after the notice; or, when the notice falls in the day's last half hour (the
    // availability ends at 23:30), the next day's first slot, at midnight in Paris.
    const parisClock = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/Paris',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }).format(first);
    if (first >= notice + 31 * 60_000) {
      expect(parisClock).toBe('00:00');
      expect(first).toBeLessThan(notice + 61 * 60_000);
    }
    expect(Date.parse(slots.at(-1)?.startsAt as string)).toBeLessThan(Date.now() + 3 * 24 * HOUR);
    expect((await api.appointments.placeSlots({ slug: 'konk-ar-lab', modality: 'domicile' })).days).toEqual(
      [],
    );
    await expect(api.appointments.placeSlots({ slug: 'nulle-part' })).rejects.toThrow('not_found');
  });
});

describe('booking a slot', () => {
  it('gives a slot to exactly one of 20 people booking it at once, and stops offering it', async () => {
    await deactivateAll();
    const row = await openAvailability({ startTime: '00:00', endTime: '23:30' });
    const slot = slotBetween(row, 24, 48);
    const callers = await Promise.all(Array.from({ length: 20 }, (_, i) => callerAt(`10.10.0.${i}`)));
    const settled = await Promise.allSettled(
      callers.map((api, i) =>
        api.appointments.book({ ...person(i), availabilityId: row.id, startsAt: slot.startsAt }),
      ),
    );
    const won = settled.filter((r) => r.status === 'fulfilled');
    const lost = settled.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(19);
    expect(lost.every((r) => String(r.reason).includes('slot_taken'))).toBe(true);
    const { rows } = await sql<{ n: number }>`
      select count(*)::int as n from public.appointments
      where mediateur_id = ${mediateur} and starts_at = ${slot.startsAt} and status = 'booked'`.execute(
      h.db.db,
    );
    expect(rows[0]?.n).toBe(1);

    const listed = await (await callerAt('10.10.1.1')).appointments.placeSlots({ slug: 'konk-ar-lab' });
    expect(listed.days.flatMap((d) => d.slots).some((s) => s.startsAt === slot.startsAt)).toBe(false);
  });

  it('books once for a double submit and sends one confirmation with the private link', async () => {
    await deactivateAll();
    const row = await openAvailability({ startTime: '00:00', endTime: '23:30' });
    const slot = slotBetween(row, 50, 70);
    const api = await callerAt('10.11.0.1');
    const input = {
      ...person(100),
      email: 'double@test.fr',
      availabilityId: row.id,
      startsAt: slot.startsAt,
      idempotencyKey: randomUUID(),
    };
    const [a, b] = await Promise.all([api.appointments.book(input), api.appointments.book(input)]);
    expect([a.outcome, b.outcome].sort()).toEqual(['created', 'replayed']);
    // Only the request that created it gets the private link; the replay says it exists, and no more.
    const [created, replayed] = a.outcome === 'created' ? [a, b] : [b, a];
    expect(created.token).toEqual(expect.any(String));
    expect(replayed).toMatchObject({ token: null, email: null, startsAt: created.startsAt });
    const mail = await h.smtp.waitFor((m) => (m.to && 'text' in m.to ? m.to.text : '') === 'double@test.fr');
    expect(mail.subject).toMatch(/^Rendez-vous confirmé/);
    expect(mail.text).toContain(`/rendez-vous/${created.token}`);
    expect(mail.attachments[0]?.content.toString()).toContain('BEGIN:VEVENT');
    await h.drainJobs();
    expect(
      h.smtp.messages.filter((m) => (m.to && 'text' in m.to ? m.to.text : '') === 'double@test.fr'),
    ).toHaveLength(1);
  });

  it('never hands the private link to whoever replays an idempotency key', async () => {
    await deactivateAll();
    // A place and médiateur of its own, so this test takes no slot (nor booking allowance) from the others.
    const { rows: places } = await sql<{ id: string }>`
      insert into public.places (slug, name, kinds, address, postal_code, commune_code, status)
      values ('fab-rejeu', 'Fab Rejeu', '{FABLAB}', '3 rue du Port', '29900', '29039', 'published')
      returning id`.execute(h.db.db);
    const placeId = places[0]?.id as string;
    const mediateurId = await h.createPerson({
      email: 'mediateur-rejeu@test.fr',
      password: 'mot-de-passe-r',
      places: [{ placeId, role: 'member' }],
    });
    const row = await openAvailability({ placeId, mediateurId, startTime: '00:00', endTime: '23:30' });
    const slot = slotBetween(row, 72, 90);
    const idempotencyKey = randomUUID();
    const booker = await callerAt('10.11.1.1');
    const first = await booker.appointments.book({
      ...person(110),
      email: 'rejoue@test.fr',
      phone: '02 98 11 22 33',
      availabilityId: row.id,
      startsAt: slot.startsAt,
      idempotencyKey,
    });
    // The confirmation page says a landline gets no SMS, as a booking's does.
    expect(first).toMatchObject({ outcome: 'created', email: 'rejoue@test.fr', sms: 'landline' });
    expect(first.token).toEqual(expect.any(String));
    // Someone else who got hold of the key sends it again, with any details: the appointment exists,
    // and they learn neither its private link nor the booker's address.
    const other = await callerAt('10.11.1.2');
    const replay = await other.appointments.book({
      ...person(111),
      email: 'curieux@test.fr',
      availabilityId: row.id,
      startsAt: slot.startsAt,
      idempotencyKey,
    });
    expect(replay).toEqual({
      outcome: 'replayed',
      token: null,
      startsAt: first.startsAt,
      modality: first.modality,
      placeName: 'Fab Rejeu',
      email: null,
      sms: null,
    });
    const { rows } = await sql<{ n: number }>`
      select count(*)::int as n from public.appointments where idempotency_key = ${idempotencyKey}`.execute(
      h.db.db,
    );
    expect(rows[0]?.n).toBe(1);
  });

  it('refuses a slot inside the notice, beyond the horizon, off the grid or with another modality', async () => {
    await deactivateAll();
    const row = await openAvailability({
      startTime: '00:00',
      endTime: '23:30',
      minNoticeMinutes: 180,
      horizonDays: 3,
    });
    const api = await callerAt('10.12.0.1');
    const tooSoon = slotBetween(row, 0.2, 2.8);
    const tooFar = slotBetween(row, 4 * 24, 5 * 24);
    const fine = slotBetween(row, 30, 40);
    const offGrid = new Date(Date.parse(fine.startsAt) + 10 * 60_000).toISOString();
    for (const startsAt of [tooSoon.startsAt, tooFar.startsAt, offGrid]) {
      await expect(
        api.appointments.book({ ...person(200), availabilityId: row.id, startsAt }),
      ).rejects.toThrow('slot_unavailable');
    }
    await expect(
      api.appointments.book({
        ...person(201),
        modality: 'visio',
        availabilityId: row.id,
        startsAt: fine.startsAt,
      }),
    ).rejects.toThrow('slot_unavailable');
    // From another address: four attempts with one médiateur is this address's allowance for the day.
    await expect(
      (await callerAt('10.12.0.2')).appointments.book({
        ...person(202),
        availabilityId: row.id,
        startsAt: fine.startsAt,
      }),
    ).resolves.toMatchObject({ outcome: 'created' });
  });

  it('keeps the buffer after a booked appointment', async () => {
    await deactivateAll();
    const row = await openAvailability({
      startTime: '00:00',
      endTime: '23:30',
      bufferMinutes: 15,
      slotMinutes: 30,
    });
    const api = await callerAt('10.13.0.1');
    const first = slotBetween(row, 80, 90);
    await api.appointments.book({ ...person(300), availabilityId: row.id, startsAt: first.startsAt });
    // Another availability of the same médiateur, on a grid that starts right after the first slot ends.
    const other = await openAvailability({
      startTime: '00:10',
      endTime: '23:30',
      bufferMinutes: 0,
      slotMinutes: 30,
    });
    const tooClose = new Date(Date.parse(first.endsAt)).toISOString();
    await expect(
      api.appointments.book({ ...person(301), availabilityId: other.id, startsAt: tooClose }),
    ).rejects.toThrow(/slot_taken|slot_unavailable/);
  });

  it('lets only prescribers book prescriber slots', async () => {
    await deactivateAll();
    const row = await openAvailability({
      startTime: '00:00',
      endTime: '23:30',
      whoMayBook: 'agents_and_prescribers',
    });
    const slot = slotBetween(row, 100, 110);
    const api = await callerAt('10.14.0.1');
    await expect(
      api.appointments.book({ ...person(400), availabilityId: row.id, startsAt: slot.startsAt }),
    ).rejects.toThrow('slot_unavailable');
    await expect(
      api.appointments.book({
        ...person(401),
        prescriberName: 'Agent France Services',
        availabilityId: row.id,
        startsAt: slot.startsAt,
      }),
    ).resolves.toMatchObject({ outcome: 'created' });
  });
});

describe('private link', () => {
  it('shows the appointment and cancels it before the cut-off; the slot is offered again', async () => {
    await deactivateAll();
    const row = await openAvailability({ startTime: '00:00', endTime: '23:30' });
    const slot = slotBetween(row, 120, 130);
    const api = await callerAt('10.15.0.1');
    const booked = await api.appointments.book({
      ...person(500),
      phone: '06 12 34 56 78',
      email: undefined,
      availabilityId: row.id,
      startsAt: slot.startsAt,
    });
    const seen = await api.appointments.byToken({ token: linkOf(booked) });
    expect(seen).toMatchObject({
      status: 'booked',
      phone: '+33612345678',
      canCancel: true,
      placeName: 'Konk Ar Lab',
    });
    expect(seen.cancelUntil).toBe(new Date(Date.parse(slot.startsAt) - 120 * 60_000).toISOString());
    await api.appointments.cancel({ token: linkOf(booked) });
    expect((await api.appointments.byToken({ token: linkOf(booked) })).status).toBe('cancelled');
    await expect(api.appointments.cancel({ token: linkOf(booked) })).resolves.toEqual({
      status: 'cancelled',
    });
    const listed = await api.appointments.placeSlots({ slug: 'konk-ar-lab', days: 7 });
    expect(listed.days.flatMap((d) => d.slots).some((s) => s.startsAt === slot.startsAt)).toBe(true);
  });

  it('refuses to cancel online after the cut-off', async () => {
    await deactivateAll();
    const row = await openAvailability({ startTime: '00:00', endTime: '23:30', minNoticeMinutes: 120 });
    const slot = slotBetween(row, 140, 150);
    const api = await callerAt('10.16.0.1');
    const booked = await api.appointments.book({
      ...person(600),
      availabilityId: row.id,
      startsAt: slot.startsAt,
    });
    // The médiateur's notice grows after booking: the cut-off is now past.
    await sql`update public.appointment_availabilities set min_notice_minutes = 10000 where id = ${row.id}`.execute(
      h.db.db,
    );
    expect((await api.appointments.byToken({ token: linkOf(booked) })).canCancel).toBe(false);
    await expect(api.appointments.cancel({ token: linkOf(booked) })).rejects.toThrow('cancellation_closed');
  });
});

describe('managers', () => {
  it('opens an availability for a team member of their place, not for another place', async () => {
    const { api } = await h.as(cookies.managerA);
    const input = {
      placeId: placeA,
      mediateurId: mediateur,
      firstDay: '2026-12-01',
      lastDay: '',
      weekdays: ['2', '4'],
      startTime: '14:00',
      endTime: '17:00',
      slotMinutes: '45',
      modalities: ['sur_place', 'visio'],
      bufferMinutes: '15',
      minNoticeMinutes: '60',
      horizonDays: '21',
      whoMayBook: 'everyone' as const,
      locationNote: 'Salle 2',
    };
    const created = await api.appointments.createAvailability(input);
    const listed = await api.appointments.availabilities();
    expect(listed.places.map((p) => p.name)).toEqual(['Konk Ar Lab']);
    expect(listed.places[0]?.team.map((m) => m.userId)).toContain(mediateur);
    expect(listed.availabilities.find((a) => a.id === created.id)).toMatchObject({
      weekdays: [2, 4],
      startTime: '14:00',
      slotMinutes: 45,
      modalities: ['sur_place', 'visio'],
      lastDay: null,
      isActive: true,
    });
    await api.appointments.setAvailabilityActive({ id: created.id, active: false });
    expect(
      (await api.appointments.availabilities()).availabilities.find((a) => a.id === created.id)?.isActive,
    ).toBe(false);

    const b = (await h.as(cookies.managerB)).api;
    await expect(b.appointments.createAvailability(input)).rejects.toThrow('forbidden');
    await expect(b.appointments.setAvailabilityActive({ id: created.id, active: true })).rejects.toThrow(
      'not_found',
    );
    expect((await b.appointments.availabilities()).availabilities).toEqual([]);
  });

  it('refuses an availability whose end comes before its start, with a message for the field', async () => {
    const { api } = await h.as(cookies.managerA);
    await expect(
      api.appointments.createAvailability({
        placeId: placeA,
        mediateurId: mediateur,
        firstDay: '2026-12-01',
        weekdays: [1],
        startTime: '17:00',
        endTime: '09:00',
        slotMinutes: 30,
        modalities: ['sur_place'],
        bufferMinutes: 0,
        minNoticeMinutes: 0,
        horizonDays: 10,
        whoMayBook: 'everyone',
      }),
    ).rejects.toThrow('validation.appointment.end_before_start');
  });

  it('shows a day’s appointments to the place’s manager only (RLS)', async () => {
    await deactivateAll();
    const row = await openAvailability({ startTime: '00:00', endTime: '23:30' });
    const slot = slotBetween(row, 72, 80);
    await (await callerAt('10.17.0.1')).appointments.book({
      ...person(700),
      firstName: 'Yvonne',
      availabilityId: row.id,
      startsAt: slot.startsAt,
    });
    const a = (await h.as(cookies.managerA)).api;
    const seen = await a.appointments.dayAppointments({ day: slot.day });
    expect(seen.appointments.map((x) => x.firstName)).toContain('Yvonne');
    const b = (await h.as(cookies.managerB)).api;
    expect((await b.appointments.dayAppointments({ day: slot.day })).appointments).toEqual([]);
    // Even asked directly, the database shows manager B none of place A's appointments.
    const claims = { sub: (await b.identity.me())?.userId as string, role: 'authenticated' as const };
    const { rows } = await h.db.db.transaction().execute(async (tx) => {
      await sql`select set_config('role', 'authenticated', true), set_config('request.jwt.claims', ${JSON.stringify(claims)}, true)`.execute(
        tx,
      );
      return sql<{ n: number }>`select count(*)::int as n from public.appointments`.execute(tx);
    });
    expect(rows[0]?.n).toBe(0);
  });
});

describe('e-mails through the job queue', () => {
  it('writes to the person in the language they booked in (decision 040)', async () => {
    await deactivateAll();
    const row = await openAvailability({ startTime: '00:00', endTime: '23:30' });
    const slot = slotBetween(row, 175, 185);
    const english = await callerFor(h.services, {
      request: new Request('http://localhost:3000/', { headers: { cookie: 'rf-locale=en' } }),
      responseHeaders: new Headers(),
      clientAddress: '10.18.9.1',
    });
    await english.appointments.book({
      ...person(900),
      email: 'english-rdv@test.fr',
      availabilityId: row.id,
      startsAt: slot.startsAt,
    });
    const mail = await h.smtp.waitFor(
      (m) => recipient(m) === 'english-rdv@test.fr' && (m.subject ?? '').startsWith('Appointment confirmed'),
    );
    expect(mail.subject).toMatch(/^Appointment confirmed: \w+day, \d+ \w+ \d{4}/);
  });

  it('tells the person who cancels, and removes the event from their calendar; no reminder then', async () => {
    await deactivateAll();
    const row = await openAvailability({ startTime: '00:00', endTime: '23:30' });
    const slot = slotBetween(row, 160, 170);
    const api = await callerAt('10.18.0.1');
    const booked = await api.appointments.book({
      ...person(800),
      email: 'annule-rdv@test.fr',
      availabilityId: row.id,
      startsAt: slot.startsAt,
    });
    await h.drainJobs();
    expect(mailsTo('annule-rdv@test.fr', 'Rendez-vous confirmé')).toHaveLength(1);
    const id = await appointmentIdOf('annule-rdv@test.fr');
    // The reminder waits for two days before (the place's default, decision 040).
    const reminder = (await jobsOf(id)).find((j) => j.task === 'appointment-reminder');
    expect(reminder?.status).toBe('queued');
    expect(Date.parse(reminder?.run_at as string)).toBe(Date.parse(slot.startsAt) - 48 * HOUR);

    await api.appointments.cancel({ token: linkOf(booked) });
    const mail = await h.smtp.waitFor(
      (m) => recipient(m) === 'annule-rdv@test.fr' && (m.subject ?? '').startsWith('Rendez-vous annulé'),
    );
    expect(mail.text).toContain('http://localhost:3000/lieux/konk-ar-lab/rendez-vous');
    expect(mail.attachments[0]?.content.toString()).toContain('STATUS:CANCELLED');
    // The confirmation's event (same UID), removed: METHOD:CANCEL with a higher SEQUENCE.
    const confirmation = receivedInvitation(mailsTo('annule-rdv@test.fr', 'Rendez-vous confirmé')[0] as Mail);
    const cancellation = receivedInvitation(mail);
    expect(cancellation?.method).toBe('CANCEL');
    const [before, after] = [confirmation, cancellation].map((i) => parseInvitation(i?.content ?? ''));
    expect(after?.uid).toBe(`${id}@reseau-fabriques`);
    expect(after?.uid).toBe(before?.uid);
    expect(after?.sequence).toBeGreaterThan(before?.sequence ?? 0);
    expect(after?.status).toBe('CANCELLED');
    // Its time come, the reminder of a cancelled appointment is skipped.
    await sql`update private.jobs set run_at = now() where job_key = ${`appointment-reminder:${id}`}`.execute(
      h.db.db,
    );
    await h.drainJobs();
    expect(mailsTo('annule-rdv@test.fr', 'Rappel')).toHaveLength(0);
    expect((await jobsOf(id)).map((j) => [j.task, j.status])).toEqual([
      ['appointment-mail', 'done'],
      ['appointment-reminder', 'done'],
      ['appointment-mail', 'done'],
    ]);
  });

  it('reminds the person the day before, with the private link and the calendar file', async () => {
    await deactivateAll();
    const row = await openAvailability({ startTime: '00:00', endTime: '23:30' });
    const slot = slotBetween(row, 180, 190);
    const booked = await (await callerAt('10.19.0.1')).appointments.book({
      ...person(900),
      email: 'rappel-rdv@test.fr',
      availabilityId: row.id,
      startsAt: slot.startsAt,
    });
    const id = await appointmentIdOf('rappel-rdv@test.fr');
    await h.drainJobs();
    expect(mailsTo('rappel-rdv@test.fr', 'Rappel')).toHaveLength(0);
    await sql`update private.jobs set run_at = now() where job_key = ${`appointment-reminder:${id}`}`.execute(
      h.db.db,
    );
    const mail = await h.smtp.waitFor(
      (m) => recipient(m) === 'rappel-rdv@test.fr' && (m.subject ?? '').startsWith('Rappel'),
    );
    expect(mail.subject).toMatch(/^Rappel : rendez-vous /);
    expect(mail.text).toContain(`/rendez-vous/${booked.token}`);
    expect(attachedFiles(mail)).toEqual(['rendez-vous.ics']);
    expect(receivedInvitation(mail)?.method).toBe('REQUEST');
    expect(parseInvitation(receivedInvitation(mail)?.content ?? '').start.toISOString()).toBe(slot.startsAt);
  });

  it('reminds a late booking right away, none within 2 hours; a phone-only one is told by SMS (decision 040)', async () => {
    await deactivateAll();
    const row = await openAvailability({ startTime: '00:00', endTime: '23:30', minNoticeMinutes: 60 });
    const api = await callerAt('10.20.0.1');
    const late = slotBetween(row, 6, 10);
    await api.appointments.book({
      ...person(1000),
      email: 'tard-rdv@test.fr',
      availabilityId: row.id,
      startsAt: late.startsAt,
    });
    await h.smtp.waitFor(
      (m) => recipient(m) === 'tard-rdv@test.fr' && (m.subject ?? '').startsWith('Rappel'),
    );
    const imminent = slotBetween(row, 1.1, 1.9);
    await api.appointments.book({
      ...person(1001),
      email: 'imminent-rdv@test.fr',
      availabilityId: row.id,
      startsAt: imminent.startsAt,
    });
    expect((await jobsOf(await appointmentIdOf('imminent-rdv@test.fr'))).map((j) => j.task)).toEqual([
      'appointment-mail',
    ]);
    const phoneOnly = slotBetween(row, 42, 48);
    await api.appointments.book({
      ...person(1002),
      email: undefined,
      phone: '06 12 34 56 79',
      availabilityId: row.id,
      startsAt: phoneOnly.startsAt,
    });
    const { rows } = await sql<{ id: string }>`
      select id from public.appointments where phone = '+33612345679'`.execute(h.db.db);
    // Its confirmation and reminder are queued (and, once the worker has run the first, its SMS).
    expect((await jobsOf(rows[0]?.id as string)).map((j) => j.task)).toEqual(
      expect.arrayContaining(['appointment-mail', 'appointment-reminder']),
    );
    await h.drainJobs();
    // Its SMS (held until 08:00 if this runs at night: as if morning had come).
    await sql`update private.jobs set run_at = now() where task = 'appointment-sms' and status = 'queued'`.execute(
      h.db.db,
    );
    const sms = await h.brevo.waitFor(
      (m) => m.recipient === '33612345679' && m.content.startsWith('Rendez-vous confirmé'),
    );
    expect(sms.content).toMatch(/^Rendez-vous confirmé : .*\/r\/[A-Za-z0-9_-]{22}$/);
    await h.drainJobs();
    expect(mailsTo('tard-rdv@test.fr', 'Rappel')).toHaveLength(1);
    expect(mailsTo('imminent-rdv@test.fr', 'Rappel')).toHaveLength(0);
  });
});
