import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiHarness, startApiHarness } from '../../testing.ts';
import { callerAs, createHomeFixtures, type HomeFixtures } from '../home/home.fixtures.ts';

// Attendance on the real database: who may take it (RLS and the role check) and when (the session's day).
let h: ApiHarness;
let f: HomeFixtures;
let today: string;
let later: string;
let bookings: string[];

async function newSession(startsAt: string): Promise<string> {
  const { rows } = await sql<{ id: string }>`
    insert into public.sessions (activity_id, place_id, starts_at, ends_at, capacity)
    select s.activity_id, s.place_id, ${startsAt}, ${startsAt}::timestamptz + interval '2 hours', 10
    from public.sessions s where s.id = ${f.sessions.laser}
    returning id`.execute(h.db.db);
  return rows[0]?.id as string;
}

async function book(sessionId: string, firstName: string): Promise<string> {
  const { rows } = await sql<{ id: string }>`
    insert into public.bookings (session_id, place_id, first_name, phone, consent_at)
    select s.id, s.place_id, ${firstName}, ${`+3361000${String(Math.floor(Math.random() * 10_000)).padStart(4, '0')}`}, now()
    from public.sessions s where s.id = ${sessionId}
    returning id`.execute(h.db.db);
  return rows[0]?.id as string;
}

async function attendanceOf(sessionId: string) {
  const { rows } = await sql<{ first_name: string; attendance: string | null }>`
    select first_name, attendance from public.bookings where session_id = ${sessionId} order by arrival`.execute(
    h.db.db,
  );
  return rows.map((r) => [r.first_name, r.attendance]);
}

beforeAll(async () => {
  h = await startApiHarness();
  f = await createHomeFixtures(h);
  // Started an hour ago: the attendance sheet is open (same day in France, or the day before at night).
  today = await newSession(new Date(Date.now() - 3_600_000).toISOString());
  later = await newSession(new Date(Date.now() + 3 * 86_400_000).toISOString());
  bookings = [await book(today, 'Alix'), await book(today, 'Bao'), await book(today, 'Cyd')];
  await book(later, 'Dan');
});
afterAll(() => h.stop());

describe('attendance.sessionAttendance and attendance.mark', () => {
  it('lets the place’s manager mark each confirmed person in one save', async () => {
    const api = await callerAs(h, 'managerA');
    const sheet = await api.attendance.sessionAttendance({ sessionId: today });
    expect(sheet.open).toBe(true);
    expect(sheet.people.map((p) => [p.firstName, p.attendance])).toEqual([
      ['Alix', null],
      ['Bao', null],
      ['Cyd', null],
    ]);
    const marks = [
      { bookingId: bookings[0] as string, attendance: 'seen' as const },
      { bookingId: bookings[1] as string, attendance: 'noshow' as const },
    ];
    await expect(api.attendance.mark({ sessionId: today, marks })).resolves.toEqual({ updated: 2 });
    // Saving the same sheet again is harmless; changing one mark changes only that one.
    await api.attendance.mark({ sessionId: today, marks });
    await api.attendance.mark({
      sessionId: today,
      marks: [{ bookingId: bookings[1] as string, attendance: 'excused' }],
    });
    expect(await attendanceOf(today)).toEqual([
      ['Alix', 'seen'],
      ['Bao', 'excused'],
      ['Cyd', null],
    ]);
  });

  it('lets a network admin take attendance too', async () => {
    const api = await callerAs(h, 'admin');
    await api.attendance.mark({
      sessionId: today,
      marks: [{ bookingId: bookings[2] as string, attendance: 'seen' }],
    });
    expect((await attendanceOf(today))[2]).toEqual(['Cyd', 'seen']);
  });

  it('refuses before the session’s day, in the API and in the database', async () => {
    const api = await callerAs(h, 'managerA');
    const sheet = await api.attendance.sessionAttendance({ sessionId: later });
    expect(sheet.open).toBe(false);
    const dan = sheet.people[0]?.bookingId as string;
    await expect(
      api.attendance.mark({ sessionId: later, marks: [{ bookingId: dan, attendance: 'seen' }] }),
    ).rejects.toThrow('attendance_not_open');
    await expect(
      sql`update public.bookings set attendance = 'seen' where id = ${dan}`.execute(h.db.db),
    ).rejects.toThrow(/attendance_not_open/);
    expect(await attendanceOf(later)).toEqual([['Dan', null]]);
  });

  it('refuses the manager of another place, a member, an observer and a resident', async () => {
    const marks = [{ bookingId: bookings[0] as string, attendance: 'noshow' as const }];
    for (const who of ['managerB', 'memberA', 'observer', 'resident'] as const) {
      const api = await callerAs(h, who);
      await expect(api.attendance.sessionAttendance({ sessionId: today })).rejects.toThrow('forbidden');
      await expect(api.attendance.mark({ sessionId: today, marks })).rejects.toThrow('forbidden');
    }
    await expect((await callerAs(h, 'anon')).attendance.mark({ sessionId: today, marks })).rejects.toThrow();
    expect((await attendanceOf(today))[0]).toEqual(['Alix', 'seen']);
  });

  it('RLS alone keeps another place’s manager from changing a booking', async () => {
    const { rows } = await sql<{
      id: string;
    }>`select id from public.profiles where email = 'gestion-b@test.fr'`.execute(h.db.db);
    const claims = JSON.stringify({ sub: rows[0]?.id, role: 'authenticated' });
    const updated = await h.db.db.transaction().execute(async (tx) => {
      await sql`select set_config('role', 'authenticated', true), set_config('request.jwt.claims', ${claims}, true)`.execute(
        tx,
      );
      const result =
        await sql`update public.bookings set attendance = 'noshow' where id = ${bookings[0]}`.execute(tx);
      return Number(result.numAffectedRows ?? 0);
    });
    expect(updated).toBe(0);
    expect((await attendanceOf(today))[0]).toEqual(['Alix', 'seen']);
  });
});
