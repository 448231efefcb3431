import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeError } from '../../errors.ts';
import { type ApiHarness, startApiHarness } from '../../testing.ts';
import { callerAs, createHomeFixtures, type HomeFixtures } from '../home/home.fixtures.ts';

// Activity records on the real database: pre-filled from real attendance, saved once whatever the clicks,
// and read only by who may (the guards first, RLS as the last word).
let h: ApiHarness;
let f: HomeFixtures;
let pastSession: string;
let appointment: string;

const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3_600_000).toISOString();

async function one<T>(query: ReturnType<typeof sql<T>>): Promise<T> {
  const { rows } = await query.execute(h.db.db);
  return rows[0] as T;
}

async function newSession(startsAt: string, hours: number): Promise<string> {
  const row = await one(sql<{ id: string }>`
    insert into public.sessions (activity_id, place_id, starts_at, ends_at, capacity)
    select s.activity_id, s.place_id, ${startsAt}, ${startsAt}::timestamptz + make_interval(hours => ${hours}), 10
    from public.sessions s where s.id = ${f.sessions.laser}
    returning id`);
  return row.id;
}

async function book(sessionId: string, firstName: string, email: string): Promise<string> {
  const row = await one(sql<{ id: string }>`
    insert into public.bookings (session_id, place_id, first_name, email, consent_at)
    select s.id, s.place_id, ${firstName}, ${email}, now() from public.sessions s where s.id = ${sessionId}
    returning id`);
  return row.id;
}

/** Runs a query as a person through RLS only (no procedure in between). */
async function asPerson<T>(email: string, query: ReturnType<typeof sql<T>>): Promise<T[]> {
  const { id } = await one(sql<{ id: string }>`select id from public.profiles where email = ${email}`);
  const claims = JSON.stringify({ sub: id, role: 'authenticated' });
  return h.db.db.transaction().execute(async (tx) => {
    await sql`select set_config('role', 'authenticated', true), set_config('request.jwt.claims', ${claims}, true)`.execute(
      tx,
    );
    return (await query.execute(tx)).rows;
  });
}

const codeOf = async (promise: Promise<unknown>) => {
  try {
    await promise;
    return 'ok';
  } catch (error) {
    return describeError(error).code;
  }
};

const recordsOfSession = async (sessionId: string) =>
  (
    await one(
      sql<{
        n: number;
      }>`select count(*)::int as n from public.activity_records where session_id = ${sessionId}`,
    )
  ).n;

beforeAll(async () => {
  h = await startApiHarness();
  f = await createHomeFixtures(h);
  // Claire came to an earlier session: she counts as already supported at the second one.
  const earlier = await newSession(hoursAgo(24 * 10), 2);
  const claireBefore = await book(earlier, 'Claire', 'claire.b@exemple.fr');
  await sql`update public.bookings set attendance = 'seen' where id = ${claireBefore}`.execute(h.db.db);

  pastSession = await newSession(hoursAgo(50), 2);
  const bookings = [
    await book(pastSession, 'Claire', 'claire.b@exemple.fr'),
    await book(pastSession, 'Marc', 'marc@exemple.fr'),
    await book(pastSession, 'Nina', 'nina@exemple.fr'),
  ];
  // The manager takes attendance as in the console.
  const manager = await callerAs(h, 'managerA');
  await manager.attendance.mark({
    sessionId: pastSession,
    marks: [
      { bookingId: bookings[0] as string, attendance: 'seen' },
      { bookingId: bookings[1] as string, attendance: 'seen' },
      { bookingId: bookings[2] as string, attendance: 'noshow' },
    ],
  });

  const row = await one(sql<{ id: string }>`
    insert into public.appointments (place_id, starts_at, ends_at, modality, themes, first_name, phone,
      consent_at, attendance)
    values (${f.places.A}, ${hoursAgo(30)}, ${hoursAgo(29.25)}, 'telephone', array['argent_impots'], 'Odile',
      '+33612345678', now(), 'seen')
    returning id`);
  appointment = row.id;
});
afterAll(() => h.stop());

describe('records pre-filled from attendance', () => {
  it('lists the attended session and the seen appointment as to complete, pre-filled', async () => {
    const api = await callerAs(h, 'managerA');
    const items = await api.reporting.recordsToComplete({ placeId: f.places.A });
    const session = items.find((i) => i.sourceId === pastSession);
    expect(session).toMatchObject({
      source: 'session',
      title: 'Initiation à la découpe laser',
      seen: 2,
      complete: true,
      prefill: {
        type: 'collectif',
        durationMinutes: 120,
        typeLieu: 'lieu_activite',
        themes: ['creer_avec_le_numerique'],
        titreAtelier: 'Initiation à la découpe laser',
        participantsTotal: 2,
        dejaAccompagne: 1,
      },
    });
    expect(items.find((i) => i.sourceId === appointment)).toMatchObject({
      source: 'appointment',
      prefill: { type: 'individuel', durationMinutes: 45, typeLieu: 'a_distance', themes: ['argent_impots'] },
    });
    // Future sessions and sessions nobody was marked at are not listed.
    expect(items.map((i) => i.sourceId)).not.toContain(f.sessions.laser);
  });

  it('saves the pre-filled record once, however many times it is submitted', async () => {
    const api = await callerAs(h, 'managerA');
    const first = await api.reporting.recordsCreateFromSource({ sessionId: pastSession });
    expect(first.outcome).toBe('created');
    const [again, concurrent] = await Promise.all([
      api.reporting.recordsCreateFromSource({ sessionId: pastSession }),
      api.reporting.recordsCreateFromSource({ sessionId: pastSession }),
    ]);
    expect([again, concurrent]).toEqual([
      { id: first.id, outcome: 'existing' },
      { id: first.id, outcome: 'existing' },
    ]);
    // The form's submit of the same pre-filled record (a second tab) lands on the same record too.
    const prefill = await api.reporting.recordsPrefill({ sessionId: pastSession });
    await expect(api.reporting.recordsCreate(prefill)).resolves.toEqual({
      id: first.id,
      outcome: 'existing',
    });
    expect(await recordsOfSession(pastSession)).toBe(1);

    const items = await api.reporting.recordsToComplete({ placeId: f.places.A });
    expect(items.map((i) => i.sourceId)).not.toContain(pastSession);
    // A member who did not write it is not offered it again either, though RLS hides the record from them.
    const member = await callerAs(h, 'memberA');
    const theirs = await member.reporting.recordsToComplete({ placeId: f.places.A });
    expect(theirs.map((i) => i.sourceId)).not.toContain(pastSession);
    expect(await codeOf(member.reporting.recordsGet({ id: first.id }))).toBe('not_found');
    expect(await codeOf(member.reporting.recordsCreateFromSource({ sessionId: pastSession }))).toBe(
      'conflict',
    );
    expect(await recordsOfSession(pastSession)).toBe(1);
  });

  it('completes a record with counts that add up, and refuses counts that do not, next to the field', async () => {
    const api = await callerAs(h, 'managerA');
    const prefill = await api.reporting.recordsPrefill({ appointmentId: appointment });
    const wrong = api.reporting.recordsCreate({ ...prefill, countsByGenre: { feminin: 1, masculin: 1 } });
    await expect(wrong).rejects.toThrow();
    expect(describeError(await wrong.catch((e) => e))).toEqual({
      code: 'invalid_input',
      fieldErrors: { countsByGenre: 'validation.activity_record.one_person' },
    });
    const created = await api.reporting.recordsCreate({
      ...prefill,
      communeCode: '29900',
      countsByGenre: { feminin: 1 },
    });
    const record = await api.reporting.recordsGet({ id: created.id });
    expect(record).toMatchObject({
      appointmentId: appointment,
      communeCode: '29039',
      countsByGenre: { feminin: 1 },
    });
    const unknown = api.reporting.recordsUpdate({ ...record, communeCode: '99999' });
    expect(describeError(await unknown.catch((e) => e)).fieldErrors).toEqual({
      communeCode: 'validation.activity_record.commune_unknown',
    });
  });

  it('lets a member write and change their own records, the manager all of the place’s', async () => {
    const member = await callerAs(h, 'memberA');
    const { id } = await member.reporting.recordsCreate({
      placeId: f.places.A,
      type: 'individuel',
      date: '2026-10-02',
      durationMinutes: 30,
      themes: ['email'],
    });
    const manager = await callerAs(h, 'managerA');
    const listed = await manager.reporting.recordsList({
      placeId: f.places.A,
      from: '2026-10-01',
      to: '2026-11-01',
    });
    expect(listed.records.map((r) => r.id)).toContain(id);
    const theirs = await member.reporting.recordsList({ placeId: f.places.A });
    // The member sees the records they wrote, not the manager's.
    expect(theirs.records.map((r) => r.id)).toEqual([id]);
    const record = await manager.reporting.recordsGet({ id });
    await manager.reporting.recordsUpdate({ ...record, notes: 'Revue par la gestionnaire' });
    expect((await member.reporting.recordsGet({ id })).notes).toBe('Revue par la gestionnaire');
    await member.reporting.recordsDelete({ id });
    expect(await codeOf(manager.reporting.recordsGet({ id }))).toBe('not_found');
  });
});

describe('who reads records', () => {
  it('refuses another place’s manager, an observer and a resident, in the API and in the database', async () => {
    for (const who of ['managerB', 'observer', 'resident'] as const) {
      const api = await callerAs(h, who);
      expect(await codeOf(api.reporting.recordsList({ placeId: f.places.A })), who).toBe('forbidden');
      expect(await codeOf(api.reporting.recordsToComplete({ placeId: f.places.A })), who).toBe('forbidden');
      // RLS does not even show them the appointment.
      expect(await codeOf(api.reporting.recordsCreateFromSource({ appointmentId: appointment })), who).toBe(
        'not_found',
      );
    }
    const placeA = f.places.A;
    for (const email of ['gestion-b@test.fr', 'observe@test.fr', 'habitante@test.fr']) {
      const rows = await asPerson(
        email,
        sql<{ n: number }>`select count(*)::int as n from public.activity_records where place_id = ${placeA}`,
      );
      expect(rows[0]?.n, email).toBe(0);
      const pending = await asPerson(
        email,
        sql<{
          n: number;
        }>`select count(*)::int as n from private.activity_record_sources_to_complete(${placeA}::uuid)`,
      );
      expect(pending[0]?.n, email).toBe(0);
    }
    const admin = await callerAs(h, 'admin');
    expect((await admin.reporting.recordsList({ placeId: placeA })).total).toBeGreaterThan(0);
  });

  it('refuses a record that points to another place’s session', async () => {
    const admin = await callerAs(h, 'admin');
    const result = admin.reporting.recordsCreate({
      placeId: f.places.B,
      sessionId: pastSession,
      type: 'collectif',
      date: '2026-10-02',
      durationMinutes: 60,
      themes: ['email'],
      participantsTotal: 3,
    });
    expect(await codeOf(result)).toBe('invalid_input');
  });
});

describe('coordination activities', () => {
  const activity = (placeId: string) => ({
    placeId,
    kind: 'animation' as const,
    typeAnimation: 'comite' as const,
    typeEvenement: null,
    naturePartenariat: null,
    date: '2026-10-15',
    durationMinutes: 120,
    participants: 12,
    title: 'Comité du hub de Cornouaille',
    notes: null,
  });

  it('are recorded by the fabrique’s managers and read by its team only', async () => {
    const manager = await callerAs(h, 'managerA');
    const { id } = await manager.reporting.coordinationCreate(activity(f.places.A));
    const member = await callerAs(h, 'memberA');
    const list = await member.reporting.coordinationList({ placeId: f.places.A });
    expect(list.canWrite).toBe(false);
    expect(list.activities.map((a) => a.id)).toContain(id);
    expect(await codeOf(member.reporting.coordinationCreate(activity(f.places.A)))).toBe('forbidden');
    const other = await callerAs(h, 'managerB');
    expect(await codeOf(other.reporting.coordinationList({ placeId: f.places.A }))).toBe('forbidden');
    expect(await codeOf(other.reporting.coordinationDelete({ id }))).toBe('not_found');
    await manager.reporting.coordinationUpdate({
      ...activity(f.places.A),
      id,
      kind: 'evenement',
      typeEvenement: 'nec_local',
    });
    expect(await manager.reporting.coordinationGet({ id })).toMatchObject({
      kind: 'evenement',
      typeAnimation: null,
      typeEvenement: 'nec_local',
    });
  });

  it('belong to fabriques only', async () => {
    const admin = await callerAs(h, 'admin');
    expect(await codeOf(admin.reporting.coordinationCreate(activity(f.places.E)))).toBe('not_found');
    await expect(
      sql`insert into public.coordination_activities (place_id, kind, type_animation, date, title)
          values (${f.places.E}, 'animation', 'comite', '2026-10-15', 'Pas une fabrique')`.execute(h.db.db),
    ).rejects.toThrow(/not_a_fabrique/);
  });
});
