import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeError } from '../../errors.ts';
import { type ApiHarness, startApiHarness } from '../../testing.ts';

// Trainings unlock tools, on the real database: attendance marked "seen" at the tool's training grants a
// qualification (trigger, migration 20261123003000) that extends and never duplicates; an expired one
// blocks a reservation; managers record and revoke qualifications by hand, and only for their tools.
let h: ApiHarness;
let fabrique: string;
let tiersLieu: string;
let training: string;
let laser: string;
let maker: string;
const cookies: Record<'manager' | 'otherManager' | 'maker', string[]> = {
  manager: [],
  otherManager: [],
  maker: [],
};
const as = async (who: keyof typeof cookies) => (await h.as(cookies[who])).api;

async function refusal(call: Promise<unknown>): Promise<string> {
  try {
    await call;
  } catch (error) {
    return describeError(error).code;
  }
  return 'accepted';
}

const DAY = 86_400_000;
/** A two-hour reservation slot `days` from now. */
function slot(days: number) {
  const from = new Date(Math.floor((Date.now() + days * DAY) / DAY) * DAY + 9 * 3_600_000);
  return {
    toolId: laser,
    from: from.toISOString(),
    to: new Date(from.getTime() + 2 * 3_600_000).toISOString(),
  };
}

/** A session of the training `daysAgo` days ago, with a booking made with the maker's account. */
async function trainingBooking(daysAgo: number, userId: string | null = maker) {
  const startsAt = new Date(Date.now() - daysAgo * DAY).toISOString();
  const session = await sql<{ id: string }>`
    insert into public.sessions (activity_id, place_id, starts_at, ends_at, capacity)
    values (${training}, ${fabrique}, ${startsAt}, ${startsAt}::timestamptz + interval '2 hours', 10)
    returning id`.execute(h.db.db);
  const sessionId = session.rows[0]?.id as string;
  const booking = await sql<{ id: string }>`
    insert into public.bookings (session_id, place_id, first_name, email, consent_at, user_id)
    values (${sessionId}, ${fabrique}, 'Maëlle', ${`maker-${daysAgo}-${userId ? 'a' : 'n'}@test.fr`}, now(), ${userId})
    returning id`.execute(h.db.db);
  return { sessionId, bookingId: booking.rows[0]?.id as string, startsAt };
}

async function qualificationsOfMaker() {
  const { rows } = await sql<{ expires_at: string | null }>`
    select expires_at from public.tool_qualifications where tool_id = ${laser} and user_id = ${maker}`.execute(
    h.db.db,
  );
  return rows.map((r) => ({
    expiresAt: r.expires_at === null ? null : new Date(r.expires_at).toISOString(),
  }));
}

beforeAll(async () => {
  h = await startApiHarness();
  const places = await sql<{ id: string; slug: string }>`
    insert into public.places (slug, name, kinds, address, postal_code, commune_code, status, latitude, longitude)
    values ('fabrique-q', 'Fabrique Q', '{FABLAB}', '1 quai Carnot', '29900', '29039', 'published', 47.87, -3.92),
           ('tiers-lieu-q', 'Tiers-lieu Q', '{TIERS_LIEUX}', '2 rue Kéréon', '29000', '29232', 'published', 47.99, -4.1)
    returning id, slug`.execute(h.db.db);
  fabrique = places.rows.find((p) => p.slug === 'fabrique-q')?.id as string;
  tiersLieu = places.rows.find((p) => p.slug === 'tiers-lieu-q')?.id as string;
  await h.createPerson({
    email: 'gestion-q@test.fr',
    password: 'mot-de-passe-long',
    places: [{ placeId: fabrique, role: 'manager' }],
  });
  await h.createPerson({
    email: 'autre-q@test.fr',
    password: 'mot-de-passe-long',
    places: [{ placeId: tiersLieu, role: 'manager' }],
  });
  maker = await h.createPerson({ email: 'maker-q@test.fr', password: 'mot-de-passe-long' });
  for (const [who, email] of [
    ['manager', 'gestion-q@test.fr'],
    ['otherManager', 'autre-q@test.fr'],
    ['maker', 'maker-q@test.fr'],
  ] as const) {
    const scope = await h.as();
    await scope.api.identity.signIn({ email, password: 'mot-de-passe-long' });
    cookies[who] = scope.cookies;
  }
  const activity = await sql<{ id: string }>`
    insert into public.activities (place_id, title) values (${fabrique}, 'Initiation découpeuse laser')
    returning id`.execute(h.db.db);
  training = activity.rows[0]?.id as string;
  const tool = await sql<{ id: string }>`
    insert into public.tools (place_id, name, usage, status, required_training_activity_id, qualification_validity_months)
    values (${fabrique}, 'Découpeuse laser', 'on_site', 'published', ${training}, 12)
    returning id`.execute(h.db.db);
  laser = tool.rows[0]?.id as string;
}, 60_000);
afterAll(() => h.stop());

describe('qualifications from trainings', () => {
  it('an expired qualification blocks a reservation; attending the training unlocks it', async () => {
    await sql`insert into public.tool_qualifications (tool_id, place_id, user_id, granted_at, expires_at)
      values (${laser}, ${fabrique}, ${maker}, '2024-01-10', '2025-01-10')`.execute(h.db.db);
    const api = await as('maker');
    expect(await refusal(api.sharing.reserve(slot(20)))).toBe('qualification_required');

    const { sessionId, bookingId, startsAt } = await trainingBooking(3);
    const manager = await as('manager');
    await manager.attendance.mark({ sessionId, marks: [{ bookingId, attendance: 'seen' }] });

    const rows = await qualificationsOfMaker();
    expect(rows).toHaveLength(1);
    const expected = new Date(startsAt);
    expected.setUTCMonth(expected.getUTCMonth() + 12);
    expect(rows[0]?.expiresAt?.slice(0, 10)).toBe(expected.toISOString().slice(0, 10));
    expect(await refusal(api.sharing.reserve(slot(20)))).toBe('accepted');
  });

  it('extends and never duplicates: marking again or an older session keeps the latest expiry', async () => {
    const before = (await qualificationsOfMaker())[0]?.expiresAt;
    const older = await trainingBooking(40);
    const manager = await as('manager');
    await manager.attendance.mark({
      sessionId: older.sessionId,
      marks: [{ bookingId: older.bookingId, attendance: 'seen' }],
    });
    await manager.attendance.mark({
      sessionId: older.sessionId,
      marks: [{ bookingId: older.bookingId, attendance: 'excused' }],
    });
    await manager.attendance.mark({
      sessionId: older.sessionId,
      marks: [{ bookingId: older.bookingId, attendance: 'seen' }],
    });
    const rows = await qualificationsOfMaker();
    expect(rows).toHaveLength(1);
    expect(before).toBeDefined();
    expect(rows[0]?.expiresAt).toBe(before);
  });

  it('grants nothing to a person who booked without an account', async () => {
    const { sessionId, bookingId } = await trainingBooking(2, null);
    await (await as('manager')).attendance.mark({ sessionId, marks: [{ bookingId, attendance: 'seen' }] });
    const { rows } = await sql<{ n: number }>`
      select count(*)::int as n from public.tool_qualifications where tool_id = ${laser}`.execute(h.db.db);
    expect(rows[0]?.n).toBe(1);
  });
});

describe('qualifications recorded by hand', () => {
  it('lets the tool’s managers record and revoke one by e-mail, with errors next to the fields', async () => {
    const manager = await as('manager');
    await sql`delete from public.tool_qualifications where tool_id = ${laser}`.execute(h.db.db);
    const maker = await as('maker');
    expect(await refusal(maker.sharing.reserve(slot(30)))).toBe('qualification_required');

    const today = new Date().toISOString().slice(0, 10);
    const nextYear = new Date(Date.now() + 365 * DAY).toISOString().slice(0, 10);
    await manager.sharing.recordQualification({
      toolId: laser,
      email: ' Maker-Q@test.fr ',
      grantedOn: today,
      expiresOn: nextYear,
    });
    const listed = await manager.sharing.toolQualifications({ id: laser });
    expect(listed.tool.training).toBe('Initiation découpeuse laser');
    expect(listed.holders).toEqual([
      expect.objectContaining({ email: 'maker-q@test.fr', displayName: 'maker-q' }),
    ]);
    expect(await refusal(maker.sharing.reserve(slot(30)))).toBe('accepted');

    const unknown = await manager.sharing
      .recordQualification({ toolId: laser, email: 'personne@test.fr', grantedOn: today, expiresOn: null })
      .catch((error: unknown) => describeError(error));
    expect(unknown).toEqual({
      code: 'invalid_input',
      fieldErrors: { email: 'validation.sharing.no_account' },
    });

    const id = listed.holders[0]?.id as string;
    await manager.sharing.revokeQualification({ toolId: laser, id });
    expect((await manager.sharing.toolQualifications({ id: laser })).holders).toEqual([]);
    expect(await refusal(maker.sharing.reserve(slot(32)))).toBe('qualification_required');
  });

  it('refuses another place’s manager and the qualified person themselves', async () => {
    const other = await as('otherManager');
    expect(await refusal(other.sharing.toolQualifications({ id: laser }))).toBe('not_found');
    expect(
      await refusal(
        other.sharing.recordQualification({
          toolId: laser,
          email: 'autre-q@test.fr',
          grantedOn: '2026-01-01',
          expiresOn: null,
        }),
      ),
    ).toBe('not_found');
    expect(await refusal((await as('maker')).sharing.toolQualifications({ id: laser }))).toBe('not_found');
  });
});

describe('the training a tool requires', () => {
  const tool = (placeId: string, requiredTrainingActivityId: string | null) => ({
    placeId,
    name: 'Brodeuse numérique',
    usage: 'on_site' as const,
    requiredTrainingActivityId,
    qualificationValidityMonths: 12,
  });
  const trainingOfOtherPlace = {
    code: 'invalid_input',
    fieldErrors: { requiredTrainingActivityId: 'validation.sharing.training_other_place' },
  };

  it('is one of the tool’s own place’s trainings, never another place’s', async () => {
    const { rows } = await sql<{ id: string }>`
      insert into public.activities (place_id, kind, title, themes, status)
      values (${tiersLieu}, 'training', 'Formation d’un autre lieu', '{creer_avec_le_numerique}', 'published')
      returning id`.execute(h.db.db);
    const otherTraining = rows[0]?.id as string;
    const manager = await as('manager');

    // Pointing a tool at another place's training would qualify that place's trainees for it (and show
    // their names to this tool's managers): refused, in French, next to the field.
    const created = await manager.sharing
      .createTool(tool(fabrique, otherTraining))
      .catch((error: unknown) => describeError(error));
    expect(created).toEqual(trainingOfOtherPlace);
    const updated = await manager.sharing
      .updateTool({ ...tool(fabrique, otherTraining), id: laser })
      .catch((error: unknown) => describeError(error));
    expect(updated).toEqual(trainingOfOtherPlace);
    const unknown = await manager.sharing
      .createTool(tool(fabrique, '00000000-0000-4000-8000-000000000000'))
      .catch((error: unknown) => describeError(error));
    expect(unknown).toEqual(trainingOfOtherPlace);

    // The place's own training is fine, and the laser still requires its training.
    const { id } = await manager.sharing.createTool(tool(fabrique, training));
    const { rows: saved } = await sql<{ required_training_activity_id: string | null }>`
      select required_training_activity_id from public.tools where id in (${id}, ${laser}) order by name`.execute(
      h.db.db,
    );
    expect(saved.map((r) => r.required_training_activity_id)).toEqual([training, training]);
  });

  it('is checked by the database too, whoever writes the tool', async () => {
    const { rows } = await sql<{ id: string }>`
      select id from public.activities where place_id = ${tiersLieu} limit 1`.execute(h.db.db);
    await expect(
      sql`update public.tools set required_training_activity_id = ${rows[0]?.id} where id = ${laser}`.execute(
        h.db.db,
      ),
    ).rejects.toThrow(/^tool_training_other_place/);
  });
});
