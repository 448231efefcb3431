import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeError } from '../../errors.ts';
import { type ApiHarness, startApiHarness } from '../../testing.ts';
import { callerAs, createHomeFixtures, type HomeFixtures } from './home.fixtures.ts';
import { consoleSessionsWindow } from './place-sessions.ts';

let h: ApiHarness;
let f: HomeFixtures;

beforeAll(async () => {
  h = await startApiHarness();
  f = await createHomeFixtures(h);
});
afterAll(() => h.stop());

/** Every key of a JSON value, at any depth. */
function keysOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(keysOf);
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, inner]) => [key, ...keysOf(inner)]);
  return [];
}

describe('home.console for a manager', () => {
  it('shows their place: status, completeness, sessions with bookings, tools, loan requests, report', async () => {
    const home = await (await callerAs(h, 'managerA')).home.console();
    if (home.homeRole !== 'manager') throw new Error(`expected a manager home, got ${home.homeRole}`);
    expect(home.places).toHaveLength(1);
    const [place] = home.places;
    expect(place).toMatchObject({
      id: f.places.A,
      name: 'Konk Ar Lab',
      status: 'published',
      hidden: false,
      commune: 'Concarneau',
      labels: [{ code: 'fabrique_territoire', name: 'Fabrique de territoire' }],
      completeness: {
        percent: 38,
        missing: ['opening_hours', 'services', 'publics', 'accessibility', 'photo'],
      },
      tools: [{ name: 'Découpeuse laser', usage: 'lendable', published: true, outOfService: false }],
      pendingLoanRequests: [{ toolName: 'Découpeuse laser', borrowerPlaceName: 'La Machinerie' }],
      latestReport: { period: 'quarter', periodStart: '2026-01-01', status: 'submitted' },
    });
    expect(place?.upcomingSessions.map((s) => [s.title, s.confirmed, s.capacity, s.published])).toEqual([
      ['Initiation à la découpe laser', 2, 3, true],
      ['Atelier réparation (en préparation)', 1, 8, false],
    ]);
  });

  it('shows a manager of place B nothing of place A', async () => {
    const home = await (await callerAs(h, 'managerB')).home.console();
    if (home.homeRole !== 'manager') throw new Error(`expected a manager home, got ${home.homeRole}`);
    expect(home.places.map((p) => p.name)).toEqual(['La Machinerie']);
    expect(home.places[0]?.pendingLoanRequests).toEqual([]);
    expect(home.places[0]?.latestReport).toMatchObject({ periodStart: '2026-01-01', status: 'draft' });
    const json = JSON.stringify(home);
    for (const ofA of ['Konk Ar Lab', f.places.A, f.sessions.laser, 'Découpeuse laser', 'découpe laser']) {
      expect(json).not.toContain(ofA);
    }
  });
});

describe('home.console sessions and attendance', () => {
  it('lists today’s sessions once begun, and the last 7 days’ whose attendance is still to be taken', async () => {
    const db = h.db.db;
    const { rows } = await sql<{ id: string }>`
      select id from public.activities where title = 'Prendre en main son smartphone'`.execute(db);
    const activityId = rows[0]?.id as string;
    const session = async (title: string, startsAt: Date, marks: (string | null)[]) => {
      const created = await sql<{ id: string }>`
        insert into public.sessions (activity_id, place_id, starts_at, ends_at, capacity)
        values (${activityId}, ${f.places.B}, ${startsAt.toISOString()},
          ${new Date(startsAt.getTime() + 2 * 3_600_000).toISOString()}, 10)
        returning id`.execute(db);
      const id = created.rows[0]?.id as string;
      for (const [i, mark] of marks.entries())
        await sql`insert into public.bookings (session_id, place_id, first_name, email, consent_at, attendance)
          values (${id}, ${f.places.B}, ${`${title} ${i}`}, ${`${title}-${i}@exemple.fr`}, now(),
            ${mark}::public.attendance)`.execute(db);
      return id;
    };
    const now = Date.now();
    const today = Date.parse(consoleSessionsWindow(new Date(now)).from);
    const day = 86_400_000;
    // Begun today (or at midnight, should the test run in the first half hour of the day in Paris).
    const begun = await session('commencee', new Date(Math.max(today, now - 30 * 60_000)), [null]);
    const unmarked = await session('a-noter', new Date(today - 3 * day + 10 * 3_600_000), [null, 'seen']);
    const marked = await session('notee', new Date(today - 2 * day + 10 * 3_600_000), ['seen', 'noshow']);
    const empty = await session('vide', new Date(today - day + 10 * 3_600_000), []);
    const tooOld = await session('ancienne', new Date(today - 9 * day + 10 * 3_600_000), [null]);

    const home = await (await callerAs(h, 'managerB')).home.console();
    if (home.homeRole !== 'manager') throw new Error(`expected a manager home, got ${home.homeRole}`);
    const listed = home.places[0]?.upcomingSessions ?? [];
    expect(listed.map((s) => [s.id, s.attendancePending])).toEqual([
      [unmarked, true],
      [begun, true],
      [f.sessions.smartphone, false],
    ]);
    for (const id of [marked, empty, tooOld]) expect(listed.map((s) => s.id)).not.toContain(id);

    // Once everyone is marked, a past session leaves the console; today's stays until tomorrow.
    await sql`update public.bookings set attendance = 'seen' where session_id in (${unmarked}, ${begun})`.execute(
      db,
    );
    const after = await (await callerAs(h, 'managerB')).home.console();
    if (after.homeRole !== 'manager') throw new Error('expected a manager home');
    expect(after.places[0]?.upcomingSessions.map((s) => [s.id, s.attendancePending])).toEqual([
      [begun, false],
      [f.sessions.smartphone, false],
    ]);
  });
});

describe('home.console for a network admin', () => {
  it('gives the network totals, pending invitations and recent audit events', async () => {
    const home = await (await callerAs(h, 'admin')).home.console();
    if (home.homeRole !== 'network_admin') throw new Error(`expected an admin home, got ${home.homeRole}`);
    expect(home.totals).toEqual({
      places: 5,
      publishedPlaces: 3,
      // Every fabrique the admin sees: drafts and hidden places included.
      fabriques: 4,
      members: 3,
      reportsToValidate: 1,
      labelsGrantedThisYear: 1,
      pendingInvitations: 1,
    });
    expect(home.year).toBe(
      Number(new Date().toLocaleString('en', { timeZone: 'Europe/Paris', year: 'numeric' })),
    );
    expect(home.pendingInvitations).toEqual([
      {
        id: expect.any(String),
        email: 'nouvelle@test.fr',
        placeName: 'Konk Ar Lab',
        role: 'member',
        expiresAt: expect.any(String),
      },
    ]);
    expect(home.recentAuditEvents.length).toBeGreaterThan(0);
    expect(home.recentAuditEvents[0]).toMatchObject({
      action: expect.stringMatching(/insert|update|delete/),
    });
  });
});

describe('home.console for an observer', () => {
  it('gives validated aggregates only', async () => {
    const home = await (await callerAs(h, 'observer')).home.console();
    if (home.homeRole !== 'observer') throw new Error(`expected an observer home, got ${home.homeRole}`);
    expect(home.totals).toEqual({ publishedPlaces: 3, fabriques: 2, regions: 2, validatedReports: 2 });
    expect(home.placesByRegion).toEqual([
      { code: '53', name: 'Bretagne', places: 2, fabriques: 1 },
      { code: '32', name: 'Hauts-de-France', places: 1, fabriques: 1 },
    ]);
    // Corrections replace computed values; drafts and submitted reports are not counted.
    expect(home.indicatorTotals).toEqual([
      { code: 'accompagnements', total: 150 },
      { code: 'ateliers', total: 9 },
    ]);
  });

  it('never receives a personal field', async () => {
    const home = await (await callerAs(h, 'observer')).home.console();
    const json = JSON.stringify(home);
    expect(json).not.toContain('@');
    for (const name of ['habitante', 'gestion-a', 'gestion-b', 'Claire', 'Bruno', 'Denise']) {
      expect(json).not.toContain(name);
    }
    const forbiddenKeys = ['email', 'firstName', 'displayName', 'actorName', 'bookings', 'phone', 'userId'];
    expect(keysOf(home).filter((key) => forbiddenKeys.includes(key))).toEqual([]);
  });
});

describe('home.console refusals', () => {
  it.each(['resident', 'memberA'] as const)(
    'refuses %s: no console for residents and members',
    async (who) => {
      const error = await (await callerAs(h, who)).home.console().catch((e: unknown) => e);
      expect(describeError(error).code).toBe('forbidden');
    },
  );

  it('needs a session', async () => {
    const error = await (await callerAs(h, 'anon')).home.console().catch((e: unknown) => e);
    expect(describeError(error).code).toBe('unauthenticated');
  });
});
