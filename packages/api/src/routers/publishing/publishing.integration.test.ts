import type { createActivityInput, sessionPlanInput } from '@rf/domain/catalogue/publishing.schema';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { describeError } from '../../errors.ts';
import { type ApiHarness, startApiHarness } from '../../testing.ts';

// Places A and B; a member of A, a member of B, a manager of A, a network admin and a resident. Every call
// goes through a signed-in caller, so RLS decides as it does in production.

const PASSWORD = 'mot-de-passe-de-test';
let h: ApiHarness;
const places = { A: '', B: '' };
type Who = 'memberA' | 'memberB' | 'managerA' | 'admin' | 'resident';
const emails: Record<Who, string> = {
  memberA: 'membre-a@test.fr',
  memberB: 'membre-b@test.fr',
  managerA: 'gestion-a@test.fr',
  admin: 'admin@test.fr',
  resident: 'habitant@test.fr',
};

async function callerAs(who: Who) {
  const scope = await h.as();
  await scope.api.identity.signIn({ email: emails[who], password: PASSWORD });
  return (await h.as(scope.cookies)).api;
}

/** A Paris date some weeks ahead, on a Tuesday, so plans are always in the future. */
function tuesdayInWeeks(weeks: number): string {
  const d = new Date(Date.now() + weeks * 7 * 86_400_000);
  d.setUTCDate(d.getUTCDate() + ((2 - d.getUTCDay() + 7) % 7));
  return d.toISOString().slice(0, 10);
}

const activityForm = (
  placeId: string,
  overrides: Partial<z.input<typeof createActivityInput>> = {},
): z.input<typeof createActivityInput> => ({
  placeId,
  kind: 'workshop',
  title: 'Prendre en main son smartphone',
  themes: ['prendre_en_main_du_materiel', 'email'],
  feesKind: 'gratuit',
  format: 'on_site',
  minAttendance: '3',
  minAttendanceNoticeHours: '48',
  minAttendanceAction: 'cancel',
  bookingScope: 'session',
  ...overrides,
});

const weeklyPlan = (
  activityId: string,
  overrides: Partial<z.input<typeof sessionPlanInput>> = {},
): z.input<typeof sessionPlanInput> => ({
  activityId,
  firstDate: tuesdayInWeeks(3),
  startTime: '14:00',
  endTime: '16:00',
  frequency: 'weekly',
  interval: '1',
  weekdays: ['2'],
  endKind: 'count',
  count: '4',
  capacity: '8',
  cancellationCutoffHours: '24',
  ...overrides,
});

beforeAll(async () => {
  h = await startApiHarness();
  const place = async (slug: string, name: string) => {
    const { rows } = await sql<{ id: string }>`
      insert into public.places (slug, name, kinds, address, postal_code, commune_code, status)
      values (${slug}, ${name}, '{TIERS_LIEUX}', '1 rue du Port', '29900', '29039', 'published')
      returning id`.execute(h.db.db);
    return rows[0]?.id ?? '';
  };
  places.A = await place('lieu-a', 'Lieu A');
  places.B = await place('lieu-b', 'Lieu B');
  await h.createPerson({
    email: emails.memberA,
    password: PASSWORD,
    places: [{ placeId: places.A, role: 'member' }],
  });
  await h.createPerson({
    email: emails.memberB,
    password: PASSWORD,
    places: [{ placeId: places.B, role: 'member' }],
  });
  await h.createPerson({
    email: emails.managerA,
    password: PASSWORD,
    places: [{ placeId: places.A, role: 'manager' }],
  });
  await h.createPerson({ email: emails.admin, password: PASSWORD, networkRole: 'network_admin' });
  await h.createPerson({ email: emails.resident, password: PASSWORD });
});
afterAll(() => h.stop());

describe('publishing', () => {
  it('lets a member create a draft, plan 4 weekly sessions once however often the plan is sent, and publish', async () => {
    const api = await callerAs('memberA');
    const { id } = await api.publishing.createActivity(activityForm(places.A));

    const preview = await api.publishing.previewSessions(weeklyPlan(id));
    expect(preview.sessions).toHaveLength(4);
    expect(preview.rrule).toContain('RRULE:FREQ=WEEKLY;BYDAY=TU;COUNT=4');
    // Nothing is saved by a preview.
    expect((await api.publishing.activity({ activityId: id })).sessions).toEqual([]);

    expect(await api.publishing.addSessions(weeklyPlan(id))).toEqual({ added: 4, skipped: 0 });
    // A double submit (or a reload of the confirmation) adds nothing.
    expect(await api.publishing.addSessions(weeklyPlan(id))).toEqual({ added: 0, skipped: 4 });
    const again = await api.publishing.previewSessions(weeklyPlan(id));
    expect(again.sessions.every((s) => s.alreadyPlanned)).toBe(true);

    const details = await api.publishing.activity({ activityId: id });
    expect(details.status).toBe('draft');
    expect(details.sessions).toHaveLength(4);
    expect(details.sessions.map((s) => s.form.startTime)).toEqual(['14:00', '14:00', '14:00', '14:00']);
    expect(details.sessions[0]).toMatchObject({ capacity: 8, confirmed: 0, waitlisted: 0, cancelled: false });
    expect(details.recurrenceRule).toContain('FREQ=WEEKLY');

    // Residents see nothing before publication.
    const publicBefore = await (await h.as()).api.booking
      .sessionDetails({ sessionId: details.sessions[0]?.id ?? '' })
      .catch((e: unknown) => e);
    expect(describeError(publicBefore).code).toBe('not_found');

    expect(await api.publishing.setStatus({ activityId: id, status: 'published' })).toEqual({
      status: 'published',
    });
    const list = await api.publishing.list();
    expect(list.activities).toContainEqual(
      expect.objectContaining({ id, status: 'published', upcomingSessions: 4, placeName: 'Lieu A' }),
    );
  });

  it('keeps what the organiser chose for a minimum not met: cancel by default, or warn only', async () => {
    const api = await callerAs('memberA');
    const { id } = await api.publishing.createActivity(activityForm(places.A, { minAttendanceAction: '' }));
    expect((await api.publishing.activity({ activityId: id })).values.minAttendanceAction).toBe('cancel');
    await api.publishing.updateActivity({
      ...activityForm(places.A, { minAttendanceAction: 'warn' }),
      activityId: id,
    });
    expect((await api.publishing.activity({ activityId: id })).values.minAttendanceAction).toBe('warn');
    await expect(
      api.publishing.updateActivity({
        ...activityForm(places.A, { minAttendanceAction: 'forget' }),
        activityId: id,
      }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });

  it('keeps how a training is booked: session by session by default, or as a whole course', async () => {
    const api = await callerAs('memberA');
    const { id } = await api.publishing.createActivity(activityForm(places.A, { kind: 'training' }));
    expect((await api.publishing.activity({ activityId: id })).values.bookingScope).toBe('session');
    await api.publishing.updateActivity({
      ...activityForm(places.A, { kind: 'training', bookingScope: 'course' }),
      activityId: id,
    });
    expect((await api.publishing.activity({ activityId: id })).values.bookingScope).toBe('course');
    // A workshop is always booked session by session.
    await expect(
      api.publishing.updateActivity({
        ...activityForm(places.A, { kind: 'workshop', bookingScope: 'course' }),
        activityId: id,
      }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });

  it('refuses a plan whose capacity is below the minimum attendance, next to the field', async () => {
    const api = await callerAs('memberA');
    const { id } = await api.publishing.createActivity(activityForm(places.A, { minAttendance: '5' }));
    const error = await api.publishing
      .addSessions(weeklyPlan(id, { capacity: '4' }))
      .catch((e: unknown) => e);
    expect(describeError(error)).toEqual({
      code: 'invalid_input',
      fieldErrors: { capacity: 'publishing.validation.capacity_below_minimum' },
    });
  });

  it('does not publish an activity without an upcoming session', async () => {
    const api = await callerAs('managerA');
    const { id } = await api.publishing.createActivity(activityForm(places.A));
    const error = await api.publishing
      .setStatus({ activityId: id, status: 'published' })
      .catch((e: unknown) => e);
    expect(describeError(error).fieldErrors).toEqual({
      status: 'publishing.validation.publish_needs_session',
    });
  });

  it('keeps a member of place B out of place A: no create, no sessions, no edit (RLS included)', async () => {
    const memberB = await callerAs('memberB');
    const created = await memberB.publishing.createActivity(activityForm(places.A)).catch((e: unknown) => e);
    expect(describeError(created).code).toBe('forbidden');

    const { id } = await (await callerAs('memberA')).publishing.createActivity(activityForm(places.A));
    // A's draft is invisible to B: not found, not even forbidden.
    for (const call of [
      () => memberB.publishing.activity({ activityId: id }),
      () => memberB.publishing.addSessions(weeklyPlan(id)),
      () => memberB.publishing.setStatus({ activityId: id, status: 'published' }),
    ]) {
      expect(describeError(await call().catch((e: unknown) => e)).code).toBe('not_found');
    }

    // Past the API guard, the database refuses too: B's member inserting into A as themselves.
    const { rows } = await sql<{
      id: string;
    }>`select id from public.profiles where email = ${emails.memberB}`.execute(h.db.db);
    const claims = JSON.stringify({ sub: rows[0]?.id, role: 'authenticated' });
    const direct = await h.db.db
      .transaction()
      .execute(async (tx) => {
        await sql`select set_config('role', 'authenticated', true), set_config('request.jwt.claims', ${claims}, true)`.execute(
          tx,
        );
        await sql`insert into public.activities (place_id, title) values (${places.A}, 'Intrus')`.execute(tx);
      })
      .catch((e: unknown) => e);
    expect((direct as { code?: string }).code).toBe('42501');
  });

  it('lets a network admin publish anywhere, and keeps residents out', async () => {
    const admin = await callerAs('admin');
    const { id } = await admin.publishing.createActivity(
      activityForm(places.B, { title: 'Atelier du réseau' }),
    );
    expect((await admin.publishing.activity({ activityId: id })).placeName).toBe('Lieu B');
    const resident = await callerAs('resident');
    expect(describeError(await resident.publishing.list().catch((e: unknown) => e)).code).toBe('forbidden');
    expect(
      describeError(await resident.publishing.createActivity(activityForm(places.A)).catch((e: unknown) => e))
        .code,
    ).toBe('forbidden');
  });

  it('edits a session, never below its confirmed seats, and cancels it with its bookings, telling people', async () => {
    const api = await callerAs('memberA');
    const { id } = await api.publishing.createActivity(activityForm(places.A, { minAttendance: '' }));
    await api.publishing.addSessions(weeklyPlan(id, { frequency: 'once', capacity: '3' }));
    await api.publishing.setStatus({ activityId: id, status: 'published' });
    const session = (await api.publishing.activity({ activityId: id })).sessions[0];
    if (!session) throw new Error('no session');

    const book = async (firstName: string, email?: string, phone?: string) =>
      (await h.as()).api.booking.book({
        sessionId: session.id,
        firstName,
        ...(email ? { email } : {}),
        ...(phone ? { phone } : {}),
        consent: true,
      });
    await book('Claire', 'claire@test.fr');
    await book('Yann', undefined, '06 12 34 56 78');

    const tooSmall = await api.publishing
      .updateSession({ sessionId: session.id, ...session.form, capacity: '1' })
      .catch((e: unknown) => e);
    expect(describeError(tooSmall).fieldErrors).toEqual({
      capacity: 'publishing.validation.capacity_below_bookings',
    });

    await api.publishing.updateSession({
      sessionId: session.id,
      ...session.form,
      startTime: '15:00',
      endTime: '17:00',
      capacity: '10',
    });
    const moved = (await api.publishing.activity({ activityId: id })).sessions[0];
    expect(moved).toMatchObject({
      capacity: 10,
      confirmed: 2,
      form: { startTime: '15:00', endTime: '17:00' },
    });

    const result = await api.publishing.cancelSession({ sessionId: session.id, reason: 'Animatrice malade' });
    expect(result).toEqual({ activityId: id, cancelledBookings: 2, toCall: ['Yann'] });
    const mail = await h.smtp.waitFor((m) => m.subject === 'Séance annulée : Prendre en main son smartphone');
    expect(mail.text).toContain('Animatrice malade');
    expect(mail.to && 'text' in mail.to ? mail.to.text : '').toContain('claire@test.fr');

    const after = (await api.publishing.activity({ activityId: id })).sessions[0];
    expect(after).toMatchObject({ cancelled: true, confirmed: 0, cancellationReason: 'Animatrice malade' });
    // Cancelling twice is harmless.
    expect(await api.publishing.cancelSession({ sessionId: session.id })).toMatchObject({
      cancelledBookings: 0,
    });
  });

  it('flags on the organiser’s list a session short of its minimum once its deadline is near', async () => {
    const api = await callerAs('managerA');
    // Deadline 48 h before a session in 3 days: within the week of warning.
    const soon = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
    const { id } = await api.publishing.createActivity(
      activityForm(places.A, { title: 'Atelier presque vide', minAttendance: '4' }),
    );
    await api.publishing.addSessions(weeklyPlan(id, { frequency: 'once', firstDate: soon }));
    const { warnings } = await api.publishing.list();
    expect(warnings).toContainEqual(
      expect.objectContaining({
        activityId: id,
        title: 'Atelier presque vide',
        confirmed: 0,
        minAttendance: 4,
        state: 'short_soon',
      }),
    );
    const sessions = (await api.publishing.activity({ activityId: id })).sessions;
    expect(sessions[0]?.minimum).toBe('short_soon');
    // Another place's organiser is not bothered with it.
    expect((await (await callerAs('memberB')).publishing.list()).warnings).toEqual([]);
  });
});
