import { type Availability, availabilitySlots } from '@rf/domain/appointments/slots';
import { parseInvitation, receiveInvitations } from '@rf/domain/booking/ics-testing';
import { receivedInvitation } from '@rf/mail/testing';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callerFor } from '../../caller.ts';
import { type ApiHarness, startApiHarness } from '../../testing.ts';

// Issue 14, "Reach every resident": from the private link of an appointment, moving it to another free
// slot of the place (the booking's checks, one transaction, the person told, the reminder following) and
// answering "Je viens", which the place's team sees on its day of appointments. Real database, SMTP, SMS
// provider and job worker.

let h: ApiHarness;
let place: string;
let mediateur: string;
let managerCookies: string[] = [];
const HOUR = 3_600_000;
let nextAddress = 0;
const iso = (timestamp: string) => new Date(timestamp).toISOString();

type Mail = ApiHarness['smtp']['messages'][number];
const recipient = (m: Mail) => (m.to && 'text' in m.to ? m.to.text : '');
const mailsTo = (email: string, subject = '') =>
  h.smtp.messages.filter((m) => recipient(m) === email && (m.subject ?? '').startsWith(subject));

/** A caller from an address of its own (each has its own booking allowance). */
function caller(headers: Record<string, string> = {}) {
  nextAddress += 1;
  const request = new Request('http://localhost:3000/', { headers });
  return callerFor(h.services, {
    request,
    responseHeaders: new Headers(),
    clientAddress: `10.40.${Math.floor(nextAddress / 250)}.${(nextAddress % 250) + 1}`,
  });
}

async function jobsOf(appointmentId: string) {
  const { rows } = await sql<{
    task: string;
    status: string;
    run_at: string;
    payload: Record<string, string>;
  }>`
    select task, status, run_at, payload from private.jobs
    where payload ->> 'appointmentId' = ${appointmentId} order by id`.execute(h.db.db);
  return rows;
}

async function row(email: string) {
  const { rows } = await sql<{
    id: string;
    starts_at: string;
    ends_at: string;
    availability_id: string;
    coming_confirmed_at: string | null;
  }>`select id, starts_at, ends_at, availability_id, coming_confirmed_at from public.appointments
     where email = ${email}`.execute(h.db.db);
  const found = rows[0];
  if (!found) throw new Error(`no appointment for ${email}`);
  return { ...found, startsAt: iso(found.starts_at), endsAt: iso(found.ends_at) };
}

interface AvailabilityRow {
  id: string;
  availability: Availability;
}

/** An availability every day, all day (Paris), for the place's médiateur. */
async function openAvailability(patch: Partial<Availability> = {}): Promise<AvailabilityRow> {
  await sql`update public.appointment_availabilities set is_active = false`.execute(h.db.db);
  const a: Omit<Availability, 'id'> = {
    placeId: place,
    mediateurId: mediateur,
    firstDay: new Date(Date.now() - 2 * 86_400_000).toISOString().slice(0, 10),
    lastDay: null,
    weekdays: [1, 2, 3, 4, 5, 6, 7],
    startTime: '00:00',
    endTime: '23:30',
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

/** The slots of this availability starting between `fromHours` and `toHours` from now. */
function slotsBetween(r: AvailabilityRow, fromHours: number, toHours: number) {
  return availabilitySlots(
    r.availability,
    new Date(Date.now() + fromHours * HOUR),
    new Date(Date.now() + toHours * HOUR),
  );
}
function slotAt(r: AvailabilityRow, fromHours: number, toHours: number) {
  const slot = slotsBetween(r, fromHours, toHours)[0];
  if (!slot) throw new Error('no slot in that window');
  return slot;
}

/** Books a slot as a resident would, and returns its private link's token. */
async function book(
  r: AvailabilityRow,
  startsAt: string,
  contact: { email?: string; phone?: string },
  api?: Awaited<ReturnType<typeof caller>>,
) {
  const booked = await (api ?? (await caller())).appointments.book({
    firstName: 'Maryvonne',
    consent: true,
    modality: 'sur_place',
    availabilityId: r.id,
    startsAt,
    ...contact,
  });
  if (!booked.token) throw new Error('no private link');
  return booked.token;
}

beforeAll(async () => {
  h = await startApiHarness({ env: { DATABASE_POOL_SIZE: '20' } });
  const places = await sql<{ id: string }>`
    insert into public.places (slug, name, kinds, address, postal_code, commune_code, status, phone)
    values ('ti-numerik', 'Ti Numerik', '{FABLAB}', '4 rue du Port', '29900', '29039', 'published', '+33298000001')
    returning id`.execute(h.db.db);
  place = places.rows[0]?.id as string;
  await h.createPerson({
    email: 'gestion-ti@test.fr',
    password: 'mot-de-passe-g',
    places: [{ placeId: place, role: 'manager' }],
  });
  mediateur = await h.createPerson({
    email: 'mediateur-ti@test.fr',
    password: 'mot-de-passe-m',
    places: [{ placeId: place, role: 'member' }],
  });
  const scope = await h.as();
  await scope.api.identity.signIn({ email: 'gestion-ti@test.fr', password: 'mot-de-passe-g' });
  managerCookies = scope.cookies;
}, 60_000);
afterAll(() => h.stop());

describe('moving an appointment from its private link', () => {
  it('moves it to a free slot of the place, tells the person once, and reschedules the reminder', async () => {
    const r = await openAvailability();
    const [from, to] = [slotAt(r, 100, 101), slotAt(r, 124, 125)];
    const api = await caller();
    const token = await book(r, from.startsAt, { email: 'deplace@test.fr' }, api);
    const before = await row('deplace@test.fr');
    // The confirmation out first: its calendar event is the one the move updates.
    await h.drainJobs();

    const seen = await api.appointments.byToken({ token });
    expect(seen).toMatchObject({ canMove: true, canSayComing: true, comingConfirmedAt: null });
    expect(seen.moveSlots.length).toBeGreaterThan(0);
    expect(seen.moveSlots.some((s) => s.startsAt === from.startsAt)).toBe(false);
    // The next free slots of the place, from its notice on.
    expect(Date.parse(seen.moveSlots[0]?.startsAt as string)).toBeGreaterThanOrEqual(Date.now() + HOUR);
    expect(seen.moveSlots.every((s) => s.availabilityId === r.id)).toBe(true);

    const moved = await api.appointments.move({ token, availabilityId: r.id, startsAt: to.startsAt });
    expect(moved).toEqual({ outcome: 'moved', startsAt: to.startsAt, endsAt: to.endsAt });
    const after = await row('deplace@test.fr');
    // The same appointment (same row, same link), at its new time.
    expect(after.id).toBe(before.id);
    expect(after.startsAt).toBe(to.startsAt);
    expect(after.endsAt).toBe(to.endsAt);
    expect(iso((await api.appointments.byToken({ token })).startsAt)).toBe(to.startsAt);

    // Told by e-mail with the new time and the same link; the calendar event (same UID) moves.
    const mail = await h.smtp.waitFor(
      (m) => recipient(m) === 'deplace@test.fr' && (m.subject ?? '').startsWith('Rendez-vous déplacé'),
    );
    expect(mail.text).toContain(`/rendez-vous/${token}`);
    const ics = mail.attachments[0]?.content.toString() ?? '';
    expect(ics).toContain(`UID:${before.id}@reseau-fabriques`);
    expect(ics).not.toContain('STATUS:CANCELLED');
    // Same UID as the confirmation's, a higher SEQUENCE, the new time: the calendar keeps one event, moved.
    const confirmed = receivedInvitation(mailsTo('deplace@test.fr', 'Rendez-vous confirmé')[0] as Mail);
    expect(receivedInvitation(mail)?.method).toBe('REQUEST');
    const [first, second] = [confirmed?.content ?? '', ics].map(parseInvitation);
    expect(second?.uid).toBe(first?.uid);
    expect(second?.sequence).toBeGreaterThan(first?.sequence ?? 0);
    expect(second?.start.toISOString()).toBe(to.startsAt);
    const held = receiveInvitations([confirmed?.content ?? '', ics]);
    expect([...held.values()].map((e) => e.start.toISOString())).toEqual([to.startsAt]);
    const jobs = await jobsOf(before.id);
    expect(iso(jobs.find((j) => j.payload.kind === 'moved')?.payload.startsAt as string)).toBe(to.startsAt);
    // The reminder goes two days before the new time (the place's default), no longer the old one.
    const reminder = jobs.find((j) => j.task === 'appointment-reminder');
    expect(reminder?.status).toBe('queued');
    expect(Date.parse(reminder?.run_at as string)).toBe(Date.parse(to.startsAt) - 48 * HOUR);
    expect(iso(reminder?.payload.startsAt as string)).toBe(to.startsAt);

    // The old slot is free again for anyone.
    const listed = await (await caller()).appointments.placeSlots({ slug: 'ti-numerik', days: 6 });
    expect(listed.days.flatMap((d) => d.slots).map((s) => s.startsAt)).toContain(from.startsAt);
    expect(listed.days.flatMap((d) => d.slots).map((s) => s.startsAt)).not.toContain(to.startsAt);

    // The same move sent again changes nothing and tells nothing more.
    await expect(
      api.appointments.move({ token, availabilityId: r.id, startsAt: to.startsAt }),
    ).resolves.toEqual({ outcome: 'replayed', startsAt: to.startsAt, endsAt: to.endsAt });
    await h.drainJobs();
    expect(mailsTo('deplace@test.fr', 'Rendez-vous déplacé')).toHaveLength(1);
    expect(mailsTo('deplace@test.fr', 'Rendez-vous confirmé')).toHaveLength(1);
  });

  it('moves to the very next slot (its own buffer does not keep it), and twice sent at once only once', async () => {
    const r = await openAvailability({ bufferMinutes: 15 });
    // Two slots in a row on the same day: the window is a whole day, whatever the hour the test runs.
    const slots = slotsBetween(r, 30, 54);
    const at = slots.findIndex(
      (s, i) => Date.parse(slots[i + 1]?.startsAt ?? '') - Date.parse(s.startsAt) === 45 * 60_000,
    );
    const [from, to] = [slots[at], slots[at + 1]];
    if (!from || !to) throw new Error('no slots');
    expect(Date.parse(to.startsAt) - Date.parse(from.startsAt)).toBe(45 * 60_000);
    const api = await caller();
    const token = await book(r, from.startsAt, { email: 'double-deplace@test.fr' }, api);
    const input = { token, availabilityId: r.id, startsAt: to.startsAt };
    const results = await Promise.all([api.appointments.move(input), api.appointments.move(input)]);
    expect(results.map((m) => m.outcome).sort()).toEqual(['moved', 'replayed']);
    await h.drainJobs();
    expect(mailsTo('double-deplace@test.fr', 'Rendez-vous déplacé')).toHaveLength(1);
  });

  it('refuses a slot taken meanwhile, and gives a contested slot to one of two people moving at once', async () => {
    const r = await openAvailability();
    const slots = slotsBetween(r, 50, 55);
    const [mine, theirs, contested] = [slots[0], slots[2], slots[4]];
    if (!mine || !theirs || !contested) throw new Error('no slots');
    const token = await book(r, mine.startsAt, { email: 'pris-moi@test.fr' });
    await book(r, theirs.startsAt, { email: 'pris-autre@test.fr' });
    await expect(
      (await caller()).appointments.move({ token, availabilityId: r.id, startsAt: theirs.startsAt }),
    ).rejects.toThrow('slot_taken');
    expect((await row('pris-moi@test.fr')).startsAt).toBe(mine.startsAt);

    // Two people move to the same free slot at the same moment: one gets it, the other is told it is taken.
    const other = await book(r, (slots[6] as { startsAt: string }).startsAt, { email: 'pris-3@test.fr' });
    const settled = await Promise.allSettled([
      (await caller()).appointments.move({ token, availabilityId: r.id, startsAt: contested.startsAt }),
      (await caller()).appointments.move({
        token: other,
        availabilityId: r.id,
        startsAt: contested.startsAt,
      }),
    ]);
    expect(settled.filter((s) => s.status === 'fulfilled')).toHaveLength(1);
    const lost = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
    expect(String(lost?.reason)).toContain('slot_taken');
    const { rows } = await sql<{ n: number }>`
      select count(*)::int as n from public.appointments
      where mediateur_id = ${mediateur} and starts_at = ${contested.startsAt} and status = 'booked'`.execute(
      h.db.db,
    );
    expect(rows[0]?.n).toBe(1);
  });

  it('refuses a slot not offered: inside the notice, off the grid, of another modality or another place', async () => {
    const r = await openAvailability();
    const token = await book(r, slotAt(r, 60, 61).startsAt, { email: 'pas-offert@test.fr' });
    const api = await caller();
    const tooSoon = slotAt(r, 0.2, 1.8).startsAt;
    const offGrid = new Date(Date.parse(slotAt(r, 70, 71).startsAt) + 10 * 60_000).toISOString();
    for (const startsAt of [tooSoon, offGrid]) {
      await expect(api.appointments.move({ token, availabilityId: r.id, startsAt })).rejects.toThrow(
        'slot_unavailable',
      );
    }
    // An availability offering only visio: this appointment is on site.
    const { rows } = await sql<{ id: string }>`
      insert into public.appointment_availabilities (place_id, mediateur_id, first_day, weekdays, start_time,
        end_time, slot_minutes, modalities, min_notice_minutes, horizon_days, who_may_book)
      values (${place}, ${mediateur}, ${r.availability.firstDay}, '{1,2,3,4,5,6,7}', '00:00', '23:30', 30,
        '{visio}', 120, 14, 'everyone')
      returning id`.execute(h.db.db);
    const visio = {
      id: rows[0]?.id as string,
      availability: { ...r.availability, id: rows[0]?.id as string },
    };
    await expect(
      api.appointments.move({ token, availabilityId: visio.id, startsAt: slotAt(visio, 80, 81).startsAt }),
    ).rejects.toThrow('slot_unavailable');
    // Another place's availability (even a real one) is not this appointment's to take.
    const other = await sql<{ id: string }>`
      insert into public.places (slug, name, kinds, address, postal_code, commune_code, status)
      values ('ailleurs', 'Ailleurs', '{FABLAB}', '5 rue du Port', '29900', '29039', 'published')
      returning id`.execute(h.db.db);
    const otherPlace = other.rows[0]?.id as string;
    const otherMediateur = await h.createPerson({
      email: 'mediateur-ailleurs@test.fr',
      password: 'mot-de-passe-a',
      places: [{ placeId: otherPlace, role: 'member' }],
    });
    const elsewhere = await sql<{ id: string }>`
      insert into public.appointment_availabilities (place_id, mediateur_id, first_day, weekdays, start_time,
        end_time, slot_minutes, modalities, min_notice_minutes, horizon_days, who_may_book)
      values (${otherPlace}, ${otherMediateur}, ${r.availability.firstDay}, '{1,2,3,4,5,6,7}', '00:00', '23:30',
        30, '{sur_place}', 120, 14, 'everyone')
      returning id`.execute(h.db.db);
    await expect(
      api.appointments.move({
        token,
        availabilityId: elsewhere.rows[0]?.id as string,
        startsAt: slotAt(r, 90, 91).startsAt,
      }),
    ).rejects.toThrow('slot_unavailable');
  });

  it('refuses too late (the cancellation cut-off), a wrong link and a cancelled appointment', async () => {
    const r = await openAvailability();
    const token = await book(r, slotAt(r, 5, 6).startsAt, { email: 'trop-tard@test.fr' });
    // The place now asks for ten hours' notice: the appointment, five hours off, is past its cut-off.
    await sql`update public.appointment_availabilities set min_notice_minutes = 600 where id = ${r.id}`.execute(
      h.db.db,
    );
    const api = await caller();
    const seen = await api.appointments.byToken({ token });
    expect(seen).toMatchObject({ canMove: false, canCancel: false, moveSlots: [] });
    await expect(
      api.appointments.move({ token, availabilityId: r.id, startsAt: slotAt(r, 30, 31).startsAt }),
    ).rejects.toThrow('cancellation_closed');

    await expect(
      api.appointments.move({
        token: 'x'.repeat(43),
        availabilityId: r.id,
        startsAt: slotAt(r, 30, 31).startsAt,
      }),
    ).rejects.toThrow('not_found');

    await sql`update public.appointment_availabilities set min_notice_minutes = 120 where id = ${r.id}`.execute(
      h.db.db,
    );
    const cancelled = await book(r, slotAt(r, 40, 41).startsAt, { email: 'annule-deplace@test.fr' });
    await api.appointments.cancel({ token: cancelled });
    await expect(
      api.appointments.move({ token: cancelled, availabilityId: r.id, startsAt: slotAt(r, 44, 45).startsAt }),
    ).rejects.toThrow('not_found');
    await expect(api.appointments.move({ token, availabilityId: 'nope', startsAt: 'x' })).rejects.toThrow(
      'validation.appointment.move_slot_required',
    );
  });

  it('tells a phone-only person by SMS, and an English-speaking one in English', async () => {
    const r = await openAvailability();
    const token = await book(r, slotAt(r, 26, 27).startsAt, { phone: '06 12 34 56 70' });
    await h.drainJobs();
    const to = slotAt(r, 28, 29);
    await (await caller()).appointments.move({ token, availabilityId: r.id, startsAt: to.startsAt });
    await h.drainJobs();
    // Its SMS (held until 08:00 if this runs at night: as if morning had come).
    await sql`update private.jobs set run_at = now() where task = 'appointment-sms' and status = 'queued'`.execute(
      h.db.db,
    );
    const sms = await h.brevo.waitFor(
      (m) => m.recipient === '33612345670' && m.content.startsWith('Rendez-vous déplacé'),
    );
    expect(sms.content).toMatch(/^Rendez-vous déplacé : Ti Numerik, désormais .*\/r\/[A-Za-z0-9_-]{22}$/);

    const english = await caller({ cookie: 'rf-locale=en' });
    const enToken = await book(r, slotAt(r, 150, 151).startsAt, { email: 'moved-en@test.fr' }, english);
    await english.appointments.move({
      token: enToken,
      availabilityId: r.id,
      startsAt: slotAt(r, 152, 153).startsAt,
    });
    const mail = await h.smtp.waitFor(
      (m) => recipient(m) === 'moved-en@test.fr' && (m.subject ?? '').startsWith('Appointment moved'),
    );
    expect(mail.subject).toMatch(/^Appointment moved: \w+day, \d+ \w+ \d{4}/);
  });
});

describe('"Je viens" on an appointment', () => {
  it('is recorded once from the private link, shown to the place’s team, and cleared by a move', async () => {
    const r = await openAvailability();
    const slot = slotAt(r, 75, 76);
    const api = await caller();
    const token = await book(r, slot.startsAt, { email: 'je-viens@test.fr' }, api);
    expect(await api.appointments.confirmComing({ token })).toEqual({ coming: true });
    const first = (await row('je-viens@test.fr')).coming_confirmed_at;
    expect(first).toEqual(expect.any(String));
    // Answering again changes nothing.
    await api.appointments.confirmComing({ token });
    expect((await row('je-viens@test.fr')).coming_confirmed_at).toEqual(first);
    const seen = await api.appointments.byToken({ token });
    expect(seen.comingConfirmedAt).toEqual(expect.any(String));

    // The place's manager sees who said they are coming (through RLS, column by column).
    const manager = (await h.as(managerCookies)).api;
    const day = await manager.appointments.dayAppointments({ day: slot.day });
    expect(day.appointments.find((a) => a.email === 'je-viens@test.fr')?.comingConfirmedAt).toEqual(
      expect.any(String),
    );

    // Moved, the answer was for the former time: asked again.
    await api.appointments.move({ token, availabilityId: r.id, startsAt: slotAt(r, 77, 78).startsAt });
    expect((await row('je-viens@test.fr')).coming_confirmed_at).toBeNull();
    expect((await api.appointments.byToken({ token })).comingConfirmedAt).toBeNull();
  });

  it('is refused with a wrong link, and for a cancelled appointment', async () => {
    const r = await openAvailability();
    const api = await caller();
    await expect(api.appointments.confirmComing({ token: 'y'.repeat(43) })).rejects.toThrow('not_found');
    const token = await book(r, slotAt(r, 80, 81).startsAt, { email: 'viens-annule@test.fr' }, api);
    await api.appointments.cancel({ token });
    expect((await api.appointments.byToken({ token })).canSayComing).toBe(false);
    await expect(api.appointments.confirmComing({ token })).rejects.toThrow('invalid_input');
    expect((await row('viens-annule@test.fr')).coming_confirmed_at).toBeNull();
  });

  it('is asked for in the reminder, whose SMS leads to the private link', async () => {
    const r = await openAvailability();
    const token = await book(r, slotAt(r, 96, 97).startsAt, { email: 'rappel-viens@test.fr' });
    const { id } = await row('rappel-viens@test.fr');
    await sql`update private.jobs set run_at = now() where job_key = ${`appointment-reminder:${id}`}`.execute(
      h.db.db,
    );
    const mail = await h.smtp.waitFor(
      (m) => recipient(m) === 'rappel-viens@test.fr' && (m.subject ?? '').startsWith('Rappel'),
    );
    expect(mail.text).toContain('« Je viens »');
    expect(mail.text).toContain(`/rendez-vous/${token}`);
  });
});
