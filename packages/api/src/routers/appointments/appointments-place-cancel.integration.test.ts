import { type Availability, availabilitySlots } from '@rf/domain/appointments/slots';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callerFor } from '../../caller.ts';
import { type ApiHarness, startApiHarness } from '../../testing.ts';

// Issue 14, decision 071: the place's team cancels an appointment from the console (a médiateur falls
// ill). The person is told once, by e-mail and SMS, that the PLACE cancelled it, with the reason and where
// to book again; the slot is offered again; only the place's managers (and network admins) may do it,
// in the procedure and in the database. Real database, SMTP, SMS provider and job worker.

let h: ApiHarness;
let place: string;
let availabilityId: string;
let availability: Availability;
const cookies: Record<'manager' | 'otherManager' | 'admin', string[]> = {
  manager: [],
  otherManager: [],
  admin: [],
};
const HOUR = 3_600_000;
let nextAddress = 0;

type Mail = ApiHarness['smtp']['messages'][number];
const recipient = (m: Mail) => (m.to && 'text' in m.to ? m.to.text : '');
const mailsTo = (email: string) => h.smtp.messages.filter((m) => recipient(m) === email);

function resident(headers: Record<string, string> = {}) {
  nextAddress += 1;
  return callerFor(h.services, {
    request: new Request('http://localhost:3000/', { headers }),
    responseHeaders: new Headers(),
    clientAddress: `10.41.${Math.floor(nextAddress / 250)}.${(nextAddress % 250) + 1}`,
  });
}

function slotAt(fromHours: number) {
  const slot = availabilitySlots(
    availability,
    new Date(Date.now() + fromHours * HOUR),
    new Date(Date.now() + (fromHours + 1) * HOUR),
  )[0];
  if (!slot) throw new Error('no slot in that window');
  return slot;
}

async function book(startsAt: string, contact: { email?: string; phone?: string }, locale?: 'en') {
  const api = await resident(locale ? { cookie: 'rf-locale=en' } : {});
  await api.appointments.book({
    firstName: 'Maryvonne',
    consent: true,
    modality: 'sur_place',
    availabilityId,
    startsAt,
    ...contact,
  });
  const { rows } = await sql<{ id: string }>`
    select id from public.appointments where starts_at = ${startsAt}::timestamptz and status = 'booked'`.execute(
    h.db.db,
  );
  return rows[0]?.id as string;
}

async function appointment(id: string) {
  const { rows } = await sql<{
    status: string;
    cancelled_by_place: boolean;
    cancellation_reason: string | null;
  }>`
    select status, cancelled_by_place, cancellation_reason from public.appointments where id = ${id}`.execute(
    h.db.db,
  );
  return rows[0];
}

async function placeCancelJobs(id: string) {
  const { rows } = await sql<{ task: string }>`
    select task from private.jobs
    where payload ->> 'appointmentId' = ${id} and payload ->> 'kind' = 'place_cancelled'`.execute(h.db.db);
  return rows.map((r) => r.task).sort();
}

/** Lets the queued SMS go now (held until 08:00 when the test runs at night). */
async function sendHeldSms() {
  await sql`update private.jobs set run_at = now() where task = 'appointment-sms' and status = 'queued'`.execute(
    h.db.db,
  );
}

async function offered(startsAt: string) {
  const listed = await (await resident()).appointments.placeSlots({ slug: 'ti-annule', days: 14 });
  return listed.days.flatMap((d) => d.slots).some((s) => s.startsAt === startsAt);
}

async function signIn(email: string) {
  const scope = await h.as();
  await scope.api.identity.signIn({ email, password: 'mot-de-passe-x' });
  return scope.cookies;
}

beforeAll(async () => {
  h = await startApiHarness({ env: { DATABASE_POOL_SIZE: '20' } });
  const places = await sql<{ id: string }>`
    insert into public.places (slug, name, kinds, address, postal_code, commune_code, status)
    values ('ti-annule', 'Ti Annule', '{FABLAB}', '4 rue du Port', '29900', '29039', 'published'),
           ('autre-lieu', 'Autre Lieu', '{FABLAB}', '1 place Neuve', '29900', '29039', 'published')
    returning id`.execute(h.db.db);
  place = places.rows[0]?.id as string;
  const other = places.rows[1]?.id as string;
  await h.createPerson({
    email: 'gestion@test.fr',
    password: 'mot-de-passe-x',
    places: [{ placeId: place, role: 'manager' }],
  });
  await h.createPerson({
    email: 'gestion-autre@test.fr',
    password: 'mot-de-passe-x',
    places: [{ placeId: other, role: 'manager' }],
  });
  await h.createPerson({ email: 'admin@test.fr', password: 'mot-de-passe-x', networkRole: 'network_admin' });
  const mediateur = await h.createPerson({
    email: 'mediateur@test.fr',
    password: 'mot-de-passe-x',
    places: [{ placeId: place, role: 'member' }],
  });
  availability = {
    placeId: place,
    mediateurId: mediateur,
    firstDay: new Date(Date.now() - 2 * 86_400_000).toISOString().slice(0, 10),
    lastDay: null,
    weekdays: [1, 2, 3, 4, 5, 6, 7],
    startTime: '00:00',
    endTime: '23:30',
    timeZone: 'Europe/Paris',
    slotMinutes: 30,
    modalities: ['sur_place'],
    bufferMinutes: 0,
    minNoticeMinutes: 120,
    horizonDays: 14,
    whoMayBook: 'everyone',
    isActive: true,
    id: '',
  };
  const { rows } = await sql<{ id: string }>`
    insert into public.appointment_availabilities (place_id, mediateur_id, first_day, weekdays, start_time,
      end_time, slot_minutes, modalities, min_notice_minutes, horizon_days, who_may_book)
    values (${place}, ${mediateur}, ${availability.firstDay}, '{1,2,3,4,5,6,7}'::smallint[], '00:00', '23:30',
      30, '{sur_place}'::public.appointment_modality[], 120, 14, 'everyone')
    returning id`.execute(h.db.db);
  availabilityId = rows[0]?.id as string;
  availability.id = availabilityId;
  cookies.manager = await signIn('gestion@test.fr');
  cookies.otherManager = await signIn('gestion-autre@test.fr');
  cookies.admin = await signIn('admin@test.fr');
}, 60_000);
afterAll(() => h.stop());

describe('the place cancels an appointment', () => {
  it('cancels it once, tells the person by e-mail and SMS in the place’s words, and frees the slot', async () => {
    const slot = slotAt(30);
    const id = await book(slot.startsAt, { email: 'annule-lieu@test.fr', phone: '06 12 34 56 71' });
    await h.drainJobs();
    expect(await offered(slot.startsAt)).toBe(false);

    const manager = (await h.as(cookies.manager)).api;
    const day = await manager.appointments.dayAppointments({ day: slot.day });
    expect(day.appointments.find((a) => a.id === id)).toMatchObject({ status: 'booked', canCancel: true });

    const reason = 'Notre médiatrice est malade';
    await expect(manager.appointments.cancelByPlace({ id, reason: `  ${reason} ` })).resolves.toEqual({
      outcome: 'cancelled',
    });
    expect(await appointment(id)).toEqual({
      status: 'cancelled',
      cancelled_by_place: true,
      cancellation_reason: reason,
    });
    // The team sees it cancelled by the place, with its reason, and no form any more.
    const after = await manager.appointments.dayAppointments({ day: slot.day });
    expect(after.appointments.find((a) => a.id === id)).toMatchObject({
      status: 'cancelled',
      cancelledByPlace: true,
      cancellationReason: reason,
      canCancel: false,
    });
    // The slot is offered again.
    expect(await offered(slot.startsAt)).toBe(true);

    // A double click: nothing changes, nothing more is queued or sent.
    await expect(manager.appointments.cancelByPlace({ id, reason: 'autre chose' })).resolves.toEqual({
      outcome: 'already_cancelled',
    });
    expect((await appointment(id))?.cancellation_reason).toBe(reason);

    await h.drainJobs();
    await sendHeldSms();
    const mail = await h.smtp.waitFor(
      (m) =>
        recipient(m) === 'annule-lieu@test.fr' &&
        (m.subject ?? '').startsWith('Rendez-vous annulé par le lieu'),
    );
    expect(mail.text).toContain('le lieu a dû annuler votre rendez-vous');
    expect(mail.text).toContain(`Le lieu précise : « ${reason} »`);
    expect(mail.text).toContain('/lieux/ti-annule/rendez-vous');
    expect(mail.text).not.toContain('Votre rendez-vous avec un médiateur numérique est annulé');
    expect(mail.attachments[0]?.content.toString()).toContain('STATUS:CANCELLED');
    const sms = await h.brevo.waitFor(
      (m) => m.recipient === '33612345671' && m.content.startsWith('Le lieu a annulé'),
    );
    expect(sms.content).toMatch(/^Le lieu a annulé votre rendez-vous : Ti Annule, .*\/r\/[A-Za-z0-9_-]{22}$/);
    expect(sms.content.length).toBeLessThanOrEqual(160);

    await h.drainJobs();
    await sendHeldSms();
    await h.drainJobs();
    expect(await placeCancelJobs(id)).toEqual(['appointment-mail', 'appointment-sms']);
    const cancellations = mailsTo('annule-lieu@test.fr').filter((m) => (m.subject ?? '').includes('annulé'));
    expect(cancellations).toHaveLength(1);
    expect(
      h.brevo.messages.filter((m) => m.recipient === '33612345671' && m.content.includes('annulé')),
    ).toHaveLength(1);
  });

  it('sends one notice when two clicks arrive at once, in the language the person booked in', async () => {
    const slot = slotAt(40);
    const id = await book(slot.startsAt, { email: 'cancelled-by-place@test.fr' }, 'en');
    const manager = (await h.as(cookies.manager)).api;
    const outcomes = await Promise.all([
      manager.appointments.cancelByPlace({ id, reason: '' }),
      manager.appointments.cancelByPlace({ id }),
    ]);
    expect(outcomes.map((o) => o.outcome).sort()).toEqual(['already_cancelled', 'cancelled']);
    expect((await appointment(id))?.cancellation_reason).toBeNull();
    await h.drainJobs();
    const mail = await h.smtp.waitFor(
      (m) => recipient(m) === 'cancelled-by-place@test.fr' && (m.subject ?? '').includes('cancelled'),
    );
    expect(mail.subject).toMatch(/^Appointment cancelled by the place: /);
    expect(mail.text).toContain('the place had to cancel your appointment');
    expect(mail.text).not.toContain('The place says');
    await h.drainJobs();
    // One notice of the cancellation (beside its confirmation and its reminder, due at once so close).
    expect(
      mailsTo('cancelled-by-place@test.fr').filter((m) => (m.subject ?? '').includes('cancelled')),
    ).toHaveLength(1);
    expect(await placeCancelJobs(id)).toEqual(['appointment-mail']);
  });

  it('refuses a manager of another place, a signed-out caller, a long reason and a past appointment', async () => {
    const slot = slotAt(50);
    const id = await book(slot.startsAt, { email: 'refus@test.fr' });
    const other = (await h.as(cookies.otherManager)).api;
    // The other place's manager does not even see it.
    await expect(other.appointments.cancelByPlace({ id })).rejects.toThrow('not_found');
    await expect((await resident()).appointments.cancelByPlace({ id })).rejects.toThrow();
    const manager = (await h.as(cookies.manager)).api;
    await expect(manager.appointments.cancelByPlace({ id, reason: 'x'.repeat(201) })).rejects.toThrow(
      'validation.appointment.cancel_reason_too_long',
    );
    expect((await appointment(id))?.status).toBe('booked');

    // Asked directly as the other place's manager, the database refuses too (the function's team check).
    const claims = JSON.stringify({ sub: (await other.identity.me())?.userId, role: 'authenticated' });
    await expect(
      h.db.db.transaction().execute(async (tx) => {
        await sql`select set_config('role', 'authenticated', true), set_config('request.jwt.claims', ${claims}, true)`.execute(
          tx,
        );
        await sql`select * from private.cancel_appointment_by_place(${id}::uuid, 'pirate')`.execute(tx);
      }),
    ).rejects.toMatchObject({ code: '42501' });
    // Nor may they cancel the row themselves: the status is closed to clients (column grants).
    await expect(
      h.db.db.transaction().execute(async (tx) => {
        await sql`select set_config('role', 'authenticated', true), set_config('request.jwt.claims', ${claims}, true)`.execute(
          tx,
        );
        await sql`update public.appointments set status = 'cancelled' where id = ${id}`.execute(tx);
      }),
    ).rejects.toMatchObject({ code: '42501' });
    expect(await appointment(id)).toMatchObject({ status: 'booked', cancelled_by_place: false });

    // A network admin may, from anywhere.
    const admin = (await h.as(cookies.admin)).api;
    await expect(admin.appointments.cancelByPlace({ id })).resolves.toEqual({ outcome: 'cancelled' });

    // Begun, it is no longer cancelled: attendance says what happened.
    const past = await book(slotAt(60).startsAt, { email: 'passe@test.fr' });
    await sql`update public.appointments set starts_at = now() - interval '1 hour', ends_at = now() - interval '30 minutes'
      where id = ${past}`.execute(h.db.db);
    await expect(manager.appointments.cancelByPlace({ id: past })).rejects.toThrow('cancellation_closed');
    expect((await appointment(past))?.status).toBe('booked');
  });
});
