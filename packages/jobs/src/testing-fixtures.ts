// A place, a published workshop, sessions and bookings on a test database, and a worker wired as the real
// one is (SMTP mailer, French catalogue), for the job queue's integration tests.
import { createHash, randomUUID } from 'node:crypto';
import type { Db } from '@rf/db';
import { bookSession } from '@rf/db/booking/booking-engine.repository';
import { withServiceRole } from '@rf/db/service';
import { translator } from '@rf/i18n';
import { createSmtpMailer } from '@rf/mail';
import { createDevSmsMailbox } from '@rf/sms';
import { sql } from 'kysely';
import { bookingToken } from './booking-link.ts';
import { createTasks, type MailTaskDeps } from './tasks/index.ts';
import { type JobLogger, startWorker, type TaskHandler, type Worker } from './worker.ts';

/** The private-links key (the server derives it from AUTH_JWT_SECRET: @rf/auth's `deriveServerKeys`). */
export const LINK_KEY = new Uint8Array(createHash('sha256').update('jobs-test-private-links').digest());
export const SITE_URL = 'http://site.test';
export const ADMIN_URL = 'http://admin.test';

const inHours = (hours: number) => new Date(Date.now() + hours * 3_600_000).toISOString();

export async function createWorkshop(
  db: Db,
  { minAttendance = null as number | null, minAttendanceAction = 'cancel' as 'cancel' | 'warn' } = {},
): Promise<{ placeId: string; activityId: string }> {
  const slug = `lieu-${randomUUID().slice(0, 8)}`;
  const place = await sql<{ id: string }>`
    insert into public.places (slug, name, kinds, address, postal_code, commune_code, status)
    values (${slug}, 'Konk Ar Lab', '{FABLAB}', '1 rue du Port', '29900', '29039', 'published')
    returning id`.execute(db);
  const placeId = place.rows[0]?.id as string;
  const activity = await sql<{ id: string }>`
    insert into public.activities (place_id, title, themes, status, min_attendance, min_attendance_action)
    values (${placeId}, 'Prendre en main son smartphone', '{prendre_en_main_du_materiel}', 'published',
      ${minAttendance}, ${minAttendanceAction})
    returning id`.execute(db);
  return { placeId, activityId: activity.rows[0]?.id as string };
}

export async function createSession(
  db: Db,
  workshop: { placeId: string; activityId: string },
  { startsInHours = 72, capacity = 10 } = {},
): Promise<string> {
  const { rows } = await sql<{ id: string }>`
    insert into public.sessions (activity_id, place_id, starts_at, ends_at, capacity)
    values (${workshop.activityId}, ${workshop.placeId}, ${inHours(startsInHours)},
      ${inHours(startsInHours + 2)}, ${capacity})
    returning id`.execute(db);
  return rows[0]?.id as string;
}

export interface Booked {
  bookingId: string;
  token: string;
}

/** Books as the booking procedures do (the engine's function, in a service-role transaction). */
export async function book(db: Db, sessionId: string, email: string, firstName = 'Camille'): Promise<Booked> {
  const idempotencyKey = randomUUID();
  const token = bookingToken(LINK_KEY, idempotencyKey);
  const result = await withServiceRole(db, 'test booking', (tx) =>
    bookSession(tx, {
      sessionId,
      firstName,
      email,
      phone: null,
      prescriberName: null,
      prescriberOrganisation: null,
      userId: null,
      manageTokenHash: createHash('sha256').update(token).digest('hex'),
      idempotencyKey,
    }),
  );
  if (!result) throw new Error('not booked');
  return { bookingId: result.bookingId, token };
}

/** The worker's log lines, kept for assertions (a test must not print errors). */
export function memoryLogger(): JobLogger & { lines: { level: string; message: string; details: object }[] } {
  const lines: { level: string; message: string; details: object }[] = [];
  const push = (level: string) => (details: object, message: string) => {
    lines.push({ level, message, details });
  };
  return { lines, info: push('info'), warn: push('warn'), error: push('error') };
}

export function mailDeps(db: Db, smtpUrl: string): MailTaskDeps {
  return {
    db,
    mailer: createSmtpMailer(smtpUrl, 'Réseau Fabriques <ne-pas-repondre@reseau-fabriques.test>'),
    // SMS land in the development SMS mailbox (the API's tests use a local Brevo server instead).
    sms: createDevSmsMailbox(db),
    t: translator('fr'),
    siteUrl: SITE_URL,
    adminUrl: ADMIN_URL,
    linkKey: LINK_KEY,
  };
}

/** A worker with the real tasks (plus `extra` ones), quick to retry, as tests need it. */
export function testWorker(
  db: Db,
  databaseUrl: string,
  smtpUrl: string,
  {
    extra = {},
    logger = memoryLogger(),
    concurrency = 4,
    lockTimeoutSeconds = 300,
  }: {
    extra?: Record<string, TaskHandler>;
    logger?: JobLogger;
    concurrency?: number;
    lockTimeoutSeconds?: number;
  } = {},
): Worker {
  return startWorker({
    db,
    databaseUrl,
    tasks: { ...createTasks(mailDeps(db, smtpUrl)), ...extra },
    logger,
    concurrency,
    lockTimeoutSeconds,
    pollIntervalMs: 200,
    retryDelayMs: () => 100,
  });
}

/** Makes a scheduled job due now: what waiting until its time would do. */
export async function makeDue(db: Db, jobKey: string): Promise<void> {
  await sql`update private.jobs set run_at = now() where job_key = ${jobKey}`.execute(db);
}

export async function jobsOf(db: Db, match: { task: string; key?: string; bookingId?: string }) {
  const { rows } = await sql<{
    id: number;
    status: string;
    run_at: string;
    attempts: number;
    last_error: string | null;
    payload: Record<string, unknown>;
  }>`
    select id, status, run_at, attempts, last_error, payload from private.jobs
    where task = ${match.task}
      and (${match.key ?? null}::text is null or job_key = ${match.key ?? null})
      and (${match.bookingId ?? null}::text is null or payload ->> 'bookingId' = ${match.bookingId ?? null})
    order by id`.execute(db);
  return rows;
}
