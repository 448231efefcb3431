// A small network for the home procedures' integration tests, written as the database owner (no RLS), so
// that each test then reads it through a caller and RLS decides what comes back.
import { sql } from 'kysely';
import type { ApiHarness } from '../../testing.ts';

const inDays = (days: number, hour = 10) => {
  const d = new Date(Date.now() + days * 86_400_000);
  d.setUTCHours(hour, 0, 0, 0);
  return d.toISOString();
};

export const PASSWORD = 'mot-de-passe-de-test';

export const people = {
  resident: 'habitante@test.fr',
  memberA: 'membre-a@test.fr',
  managerA: 'gestion-a@test.fr',
  managerB: 'gestion-b@test.fr',
  admin: 'admin@test.fr',
  observer: 'observe@test.fr',
} as const;
export type PersonKey = keyof typeof people;

export interface HomeFixtures {
  places: { A: string; B: string; C: string; D: string; E: string };
  sessions: { laser: string; laserDraft: string; smartphone: string };
}

async function insertReturningId(
  h: ApiHarness,
  query: ReturnType<typeof sql<{ id: string }>>,
): Promise<string> {
  const { rows } = await query.execute(h.db.db);
  const id = rows[0]?.id;
  if (!id) throw new Error('insert returned nothing');
  return id;
}

export async function createHomeFixtures(h: ApiHarness): Promise<HomeFixtures> {
  const db = h.db.db;
  const place = (
    slug: string,
    name: string,
    kinds: string[],
    commune: string | null,
    status: 'draft' | 'published',
    extra: { hidden?: boolean; summary?: string; email?: string } = {},
  ) =>
    insertReturningId(
      h,
      sql<{ id: string }>`
        insert into public.places (slug, name, kinds, address, postal_code, commune_code, status, hidden_at,
          hidden_reason, summary, email)
        values (${slug}, ${name}, ${kinds}::text[], ${commune ? '1 rue du Port' : null},
          ${commune === '29039' ? '29900' : commune === '80021' ? '80000' : null}, ${commune}, ${status},
          ${extra.hidden ? new Date().toISOString() : null}, ${extra.hidden ? 'Doublon' : null},
          ${extra.summary ?? null}, ${extra.email ?? null})
        returning id`,
    );
  const places = {
    A: await place('konk-ar-lab', 'Konk Ar Lab', ['FABLAB', 'FABRIQUE'], '29039', 'published', {
      summary: 'Fab lab de la baie de Concarneau',
      email: 'contact@konkarlab.test',
    }),
    B: await place('la-machinerie', 'La Machinerie', ['TIERS_LIEUX'], '80021', 'published'),
    C: await place('lieu-en-projet', 'Lieu en projet', ['TIERS_LIEUX'], null, 'draft'),
    D: await place('lieu-masque', 'Lieu masqué', ['TIERS_LIEUX'], '29039', 'published', { hidden: true }),
    E: await place('mediatheque-concarneau', 'Médiathèque de Concarneau', ['BIB'], '29039', 'published'),
  };

  const label = async (placeId: string, code: string, grantedOn: string) =>
    sql`insert into public.place_labels (place_id, label_id, granted_on)
        select ${placeId}, id, ${grantedOn}::date from public.labels where code = ${code}`.execute(db);
  await label(places.A, 'fabrique_territoire', '2020-02-03');
  await label(places.B, 'fabrique_numerique_territoire', '2020-02-03');
  await label(places.C, 'fabrique_territoire', '2021-06-01');
  await label(places.D, 'fabrique_territoire', '2021-06-01');
  const { rows } = await sql<{ today: string }>`select current_date::text as today`.execute(db);
  await label(places.E, 'france_services', rows[0]?.today ?? '2026-01-01');

  const ids = {} as Record<PersonKey, string>;
  ids.resident = await h.createPerson({ email: people.resident, password: PASSWORD });
  ids.memberA = await h.createPerson({
    email: people.memberA,
    password: PASSWORD,
    places: [{ placeId: places.A, role: 'member' }],
  });
  ids.managerA = await h.createPerson({
    email: people.managerA,
    password: PASSWORD,
    places: [{ placeId: places.A, role: 'manager' }],
  });
  ids.managerB = await h.createPerson({
    email: people.managerB,
    password: PASSWORD,
    places: [{ placeId: places.B, role: 'manager' }],
  });
  ids.admin = await h.createPerson({ email: people.admin, password: PASSWORD, networkRole: 'network_admin' });
  ids.observer = await h.createPerson({
    email: people.observer,
    password: PASSWORD,
    networkRole: 'observer',
  });

  const activity = (placeId: string, title: string, status: 'draft' | 'published') =>
    insertReturningId(
      h,
      sql<{ id: string }>`
        insert into public.activities (place_id, title, status, themes)
        values (${placeId}, ${title}, ${status}, array['creer_avec_le_numerique'])
        returning id`,
    );
  const session = (activityId: string, placeId: string, startsAt: string, capacity: number) =>
    insertReturningId(
      h,
      sql<{ id: string }>`
        insert into public.sessions (activity_id, place_id, starts_at, ends_at, capacity)
        values (${activityId}, ${placeId}, ${startsAt}, ${startsAt}::timestamptz + interval '2 hours', ${capacity})
        returning id`,
    );
  const laserActivity = await activity(places.A, 'Initiation à la découpe laser', 'published');
  const draftActivity = await activity(places.A, 'Atelier réparation (en préparation)', 'draft');
  const smartphoneActivity = await activity(places.B, 'Prendre en main son smartphone', 'published');
  const hiddenPlaceActivity = await activity(places.D, 'Atelier d’un lieu masqué', 'published');
  const sessions = {
    laser: await session(laserActivity, places.A, inDays(3), 3),
    laserDraft: await session(draftActivity, places.A, inDays(4), 8),
    smartphone: await session(smartphoneActivity, places.B, inDays(5), 10),
  };
  await session(laserActivity, places.A, inDays(-3), 3); // past
  await session(hiddenPlaceActivity, places.D, inDays(2), 5); // at a hidden place
  const cancelled = await session(smartphoneActivity, places.B, inDays(1), 5);
  await sql`update public.sessions set status = 'cancelled' where id = ${cancelled}`.execute(db);

  const booking = (sessionId: string, placeId: string, firstName: string, email: string, userId?: string) =>
    sql`insert into public.bookings (session_id, place_id, first_name, email, consent_at, user_id)
        values (${sessionId}, ${placeId}, ${firstName}, ${email}, now(), ${userId ?? null})`.execute(db);
  await booking(sessions.laser, places.A, 'Habitante', people.resident, ids.resident);
  await booking(sessions.laser, places.A, 'Claire', 'claire@exemple.fr');
  await booking(sessions.smartphone, places.B, 'Bruno', 'bruno@exemple.fr');
  await booking(sessions.laserDraft, places.A, 'Denise', 'denise@exemple.fr');

  const tool = (placeId: string, name: string) =>
    insertReturningId(
      h,
      sql<{ id: string }>`
        insert into public.tools (place_id, name, usage, status) values (${placeId}, ${name}, 'lendable', 'published')
        returning id`,
    );
  const laserCutter = await tool(places.A, 'Découpeuse laser');
  await tool(places.B, 'Vidéoprojecteur');
  await sql`insert into public.loans (tool_id, lender_place_id, borrower_place_id, period, requested_by)
      values (${laserCutter}, ${places.A}, ${places.B},
        tstzrange(${inDays(10)}::timestamptz, ${inDays(12)}::timestamptz), ${ids.managerB})`.execute(db);

  const report = (
    placeId: string,
    periodStart: string,
    status: 'draft' | 'submitted' | 'validated',
    indicators: Record<string, number>,
    corrections: Record<string, number> = {},
  ) =>
    sql`insert into public.reports (place_id, period, period_start, status, indicators, corrections,
          submitted_at, reviewed_at, reviewed_by)
        values (${placeId}, 'quarter', ${periodStart}, ${status}, ${JSON.stringify(indicators)}::jsonb,
          ${JSON.stringify(corrections)}::jsonb, ${status === 'draft' ? null : '2026-01-05T10:00:00Z'},
          ${status === 'validated' ? '2026-01-12T10:00:00Z' : null}, ${status === 'validated' ? ids.admin : null})`.execute(
      db,
    );
  await report(places.A, '2025-10-01', 'validated', { accompagnements: 120, ateliers: 8 }, { ateliers: 9 });
  await report(places.A, '2026-01-01', 'submitted', { accompagnements: 40 });
  await report(places.B, '2025-10-01', 'validated', { accompagnements: 30 });
  await report(places.B, '2026-01-01', 'draft', { accompagnements: 999 });

  const invitation = (email: string, placeId: string, extra: string) =>
    sql`insert into public.invitations (email, place_id, place_role, token_hash, expires_at, accepted_at)
        values (${email}, ${placeId}, 'member', encode(extensions.gen_random_bytes(32), 'hex'),
          ${extra === 'expired' ? inDays(-1) : inDays(14)}, ${extra === 'accepted' ? inDays(-2) : null})`.execute(
      db,
    );
  await invitation('nouvelle@test.fr', places.A, 'pending');
  await invitation('trop-tard@test.fr', places.A, 'expired');
  await invitation('deja-la@test.fr', places.B, 'accepted');

  return { places, sessions };
}

/** Signs in and returns a caller carrying the session, as a browser would. */
export async function callerAs(h: ApiHarness, who: PersonKey | 'anon') {
  if (who === 'anon') return (await h.as()).api;
  const scope = await h.as();
  await scope.api.identity.signIn({ email: people[who], password: PASSWORD });
  return (await h.as(scope.cookies)).api;
}
