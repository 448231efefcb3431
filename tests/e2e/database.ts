// What the end-to-end tests check in the database itself (scripts/e2e.ts passes E2E_DATABASE_URL): that a
// refused request wrote nothing, and what PostgREST would let a signed-in person do directly. The apps never
// read the database (Biome rule); their tests do it here.
import { createDb, type Db, withSession } from '@rf/db';
import { sql } from 'kysely';

async function withDatabase<T>(work: (db: Db) => Promise<T>): Promise<T> {
  const url = process.env.E2E_DATABASE_URL;
  if (!url) throw new Error('E2E_DATABASE_URL is not set: run the end-to-end tests with pnpm e2e');
  const db = createDb(url, { max: 2 });
  try {
    return await work(db);
  } finally {
    await db.destroy();
  }
}

/** Bookings made with any of these e-mail addresses. */
export function countBookings(emails: readonly string[]): Promise<number> {
  return withDatabase(async (db) => {
    const { rows } = await sql<{ n: number }>`
      select count(*)::int as n from public.bookings where email = any(${[...emails]})`.execute(db);
    return rows[0]?.n ?? 0;
  });
}

/** E-mails sent to this address in the last `minutes` (the development mailbox of the e2e run). */
export function countMails(address: string, minutes = 10): Promise<number> {
  return withDatabase(async (db) => {
    const { rows } = await sql<{ n: number }>`
      select count(*)::int as n from public.dev_mailbox
      where lower(to_address) = lower(${address}) and created_at > now() - make_interval(mins => ${minutes})`.execute(
      db,
    );
    return rows[0]?.n ?? 0;
  });
}

/** The subjects of the e-mails sent to this address in the last `minutes`, oldest first. */
export function mailSubjects(address: string, minutes = 10): Promise<string[]> {
  return withDatabase(async (db) => {
    const { rows } = await sql<{ subject: string }>`
      select subject from public.dev_mailbox
      where lower(to_address) = lower(${address}) and created_at > now() - make_interval(mins => ${minutes})
      order by created_at`.execute(db);
    return rows.map((row) => row.subject);
  });
}

/**
 * Inserts a booking directly, as PostgREST would for `/rest/v1/bookings`: as anon (`null`), or as the demo
 * account with this e-mail and its JWT claims. Resolves with the error message, or null if it was written.
 */
export function insertBookingDirectly(as: string | null, sessionId: string): Promise<string | null> {
  return withDatabase(async (db) => {
    let claims = null;
    if (as) {
      const user = await db
        .selectFrom('auth.users')
        .select(['id', 'email'])
        .where('email', '=', as)
        .executeTakeFirstOrThrow();
      claims = {
        sub: user.id,
        role: 'authenticated' as const,
        email: user.email ?? as,
        aud: 'authenticated',
        exp: Math.floor(Date.now() / 1000) + 3600,
      };
    }
    try {
      await withSession(db, claims, (tx) =>
        sql`insert into public.bookings (session_id, first_name, email, status)
            values (${sessionId}, 'Intrus', 'intrus@exemple.test', 'confirmed')`.execute(tx),
      );
      return null;
    } catch (error) {
      return (error as Error).message;
    }
  });
}

/**
 * Sessions of a workshop of their own at Electrolab (a place no other test looks at), 45 days ahead
 * (beyond the catalogue's 30 days, so no other page lists them), with 50 seats: the abuse suite floods
 * them without changing what the other tests see. Returns their pages' paths.
 */
export function createFloodableSessions(count: number, capacity = 50): Promise<string[]> {
  return withDatabase(async (db) => {
    const { rows: places } = await sql<{ id: string }>`
      select id from public.places where slug = 'electrolab'`.execute(db);
    const placeId = places[0]?.id;
    if (!placeId) throw new Error('the demo place electrolab is missing');
    const { rows: activities } = await sql<{ id: string }>`
      insert into public.activities (place_id, title, themes, status)
      values (${placeId}, ${`Atelier ouvert à tous ${Date.now()}`}, '{prendre_en_main_du_materiel}', 'published')
      returning id`.execute(db);
    const activityId = activities[0]?.id as string;
    const paths: string[] = [];
    for (let i = 0; i < count; i += 1) {
      const starts = new Date(Date.now() + (45 * 24 + i) * 3_600_000);
      const ends = new Date(starts.getTime() + 3_600_000);
      const { rows } = await sql<{ id: string }>`
        insert into public.sessions (activity_id, place_id, starts_at, ends_at, capacity)
        values (${activityId}, ${placeId}, ${starts.toISOString()}, ${ends.toISOString()}, ${capacity})
        returning id`.execute(db);
      paths.push(`/seances/${rows[0]?.id}`);
    }
    return paths;
  });
}

/**
 * What the database still holds of a person after "Effacer mes données": bookings and appointments naming
 * them (first name, e-mail), and the bookings of the session with their status and whether erased.
 */
export function personTraces(
  sessionId: string,
  person: { firstName: string; email: string },
): Promise<{ naming: number; session: { status: string; erased: boolean; firstName: string }[] }> {
  return withDatabase(async (db) => {
    const { rows: naming } = await sql<{ n: number }>`
      select (select count(*)::int from public.bookings
                where first_name = ${person.firstName} or lower(email) = lower(${person.email}))
           + (select count(*)::int from public.appointments
                where first_name = ${person.firstName} or lower(email) = lower(${person.email})) as n`.execute(
      db,
    );
    const { rows: session } = await sql<{ status: string; erased: boolean; firstName: string }>`
      select status::text as status, erased_at is not null as erased, first_name as "firstName"
      from public.bookings where session_id = ${sessionId} order by arrival`.execute(db);
    return { naming: naming[0]?.n ?? 0, session };
  });
}

/** Moves every dashboard share link `days` days into the past (creation and end), as if that time had passed. */
export function ageShareLinks(days: number): Promise<void> {
  return withDatabase(async (db) => {
    await sql`update public.dashboard_share_links
      set created_at = created_at - make_interval(days => ${days}),
        expires_at = expires_at - make_interval(days => ${days})`.execute(db);
  });
}

/**
 * The test's clock for SMS: the quiet hours (21:00–08:00 in Paris) hold SMS until morning, and this suite
 * may run at night. Makes every held SMS due now, as if morning had come.
 */
export function releaseHeldSms(): Promise<void> {
  return withDatabase(async (db) => {
    await sql`update private.jobs set run_at = now()
      where task in ('booking-sms', 'appointment-sms') and status = 'queued' and run_at > now()`.execute(db);
  });
}

/** The statuses of a session's bookings, by first name. */
export function bookingStatuses(sessionId: string): Promise<Record<string, string>> {
  return withDatabase(async (db) => {
    const { rows } = await sql<{ first_name: string; status: string }>`
      select first_name, status from public.bookings where session_id = ${sessionId}`.execute(db);
    return Object.fromEntries(rows.map((r) => [r.first_name, r.status]));
  });
}

/**
 * A training booked as a whole course (decision 044) at Electrolab, with `count` weekly sessions starting 40
 * days ahead (beyond the catalogue's 30 days, so no other page lists them). Returns their pages' paths, in
 * order: the first is the one the course is booked from.
 */
export function createCourse(count = 3, capacity = 10): Promise<string[]> {
  return withDatabase(async (db) => {
    const { rows: places } = await sql<{ id: string }>`
      select id from public.places where slug = 'electrolab'`.execute(db);
    const placeId = places[0]?.id;
    if (!placeId) throw new Error('the demo place electrolab is missing');
    const { rows: activities } = await sql<{ id: string }>`
      insert into public.activities (place_id, kind, title, themes, status, booking_scope)
      values (${placeId}, 'training', ${`Cycle bureautique ${Date.now()}`}, '{prendre_en_main_du_materiel}',
        'published', 'course')
      returning id`.execute(db);
    const activityId = activities[0]?.id as string;
    const paths: string[] = [];
    for (let i = 0; i < count; i += 1) {
      const starts = new Date(Date.now() + (40 + 7 * i) * 24 * 3_600_000);
      const ends = new Date(starts.getTime() + 2 * 3_600_000);
      const { rows } = await sql<{ id: string }>`
        insert into public.sessions (activity_id, place_id, starts_at, ends_at, capacity)
        values (${activityId}, ${placeId}, ${starts.toISOString()}, ${ends.toISOString()}, ${capacity})
        returning id`.execute(db);
      paths.push(`/seances/${rows[0]?.id}`);
    }
    return paths;
  });
}

/**
 * Dates a place's record (`date_maj`) back, as an import of an old file would (decision 063), and returns the
 * place's id: the freshness tests make a demo place stale, then confirm it "Toujours à jour".
 */
export function agePlaceRecord(name: string, dateMaj: string): Promise<string> {
  return withDatabase((db) =>
    db.transaction().execute(async (tx) => {
      await sql`select set_config('rf.place_import', 'on', true)`.execute(tx);
      const { rows } = await sql<{ id: string }>`
        update public.places set date_maj = ${dateMaj}::date where name = ${name} returning id`.execute(tx);
      const id = rows[0]?.id;
      if (!id) throw new Error(`no place named ${name}`);
      return id;
    }),
  );
}

/**
 * Touches a place's record as an edit would (its `updated_at` moves), and returns its id: the webhooks test
 * (decision 061) triggers a `place.updated` event with it.
 */
export function touchPlace(name: string): Promise<string> {
  return withDatabase(async (db) => {
    const { rows } = await sql<{ id: string }>`
      update public.places set updated_at = now() where name = ${name} returning id`.execute(db);
    const id = rows[0]?.id;
    if (!id) throw new Error(`no place named ${name}`);
    return id;
  });
}
