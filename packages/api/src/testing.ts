import { createTestDatabase, type TestDatabase } from '@rf/db/testing';
import type { Worker } from '@rf/jobs';
import { waitForIdleQueue } from '@rf/jobs/testing';
import { type SmtpTestServer, startSmtpTestServer } from '@rf/mail/testing';
import { type BrevoTestServer, startBrevoTestServer } from '@rf/sms/testing';
import { sql } from 'kysely';
import { callerFor } from './caller.ts';
import { parseServerEnv } from './env.ts';
import { createServices, type Services } from './services.server.ts';
import { startJobWorker } from './worker.server.ts';

export interface ApiHarness {
  services: Services;
  db: TestDatabase;
  smtp: SmtpTestServer;
  /** A local server speaking Brevo's SMS API: the SMS the worker sends arrive there. */
  brevo: BrevoTestServer;
  /** The job worker; a test may stop it as an app restart would. */
  worker: Worker;
  /** Waits until the job worker has sent every e-mail that is due (then assert what arrived). */
  drainJobs(): Promise<void>;
  /** A caller as a browser with these cookies would get it; `cookies` collects what responses set. */
  as(cookies?: string[]): Promise<{ api: Awaited<ReturnType<typeof callerFor>>; cookies: string[] }>;
  /** Creates an account and gives it roles, the way an admin or an invitation would. */
  createPerson(input: PersonInput): Promise<string>;
  stop(): Promise<void>;
}

interface PersonInput {
  email: string;
  password: string;
  networkRole?: 'network_admin' | 'observer';
  places?: { placeId: string; role: 'member' | 'manager' }[];
}

/**
 * The real services (database, auth, SMTP mail) on a fresh test database, and the job worker that sends
 * the queued e-mails, as in production; `env` overrides (e.g. the pool size); `database` replaces the fresh
 * test database (a fault test's own server); `worker` tunes the job worker.
 */
export async function startApiHarness(
  options: {
    env?: Record<string, string>;
    database?: TestDatabase;
    worker?: Parameters<typeof startJobWorker>[1];
  } = {},
): Promise<ApiHarness> {
  const [db, smtp, brevo] = await Promise.all([
    options.database ?? createTestDatabase(),
    startSmtpTestServer(),
    startBrevoTestServer(),
  ]);
  const env = parseServerEnv({
    NODE_ENV: 'test',
    DATABASE_URL: db.url,
    SMTP_URL: smtp.url,
    SMS_TRANSPORT: 'brevo',
    BREVO_API_KEY: brevo.apiKey,
    BREVO_SMS_SENDER: 'RFabriques',
    BREVO_API_URL: brevo.url,
    LOG_LEVEL: 'silent',
    ...options.env,
  });
  const services = createServices(env, 'api-test');
  const worker = startJobWorker(services, { pollIntervalMs: 200, ...options.worker });
  return {
    services,
    db,
    smtp,
    brevo,
    worker,
    drainJobs: () => waitForIdleQueue(services.db),
    async as(cookies = []) {
      const request = new Request('http://localhost:3000/', {
        headers: {
          cookie: cookies.map((c) => c.split(';')[0]).join('; '),
        },
      });
      const responseHeaders = new Headers();
      const api = await callerFor(services, { request, responseHeaders, clientAddress: '198.51.100.9' });
      const collected = cookies;
      return {
        api,
        get cookies() {
          const set = responseHeaders.getSetCookie();
          return set.length > 0 ? set : collected;
        },
      };
    },
    async createPerson({ email, password, networkRole, places = [] }) {
      const id = await services.auth.createUser(email, password, email.split('@')[0] ?? email);
      if (!id) throw new Error(`${email} exists`);
      if (networkRole) {
        await sql`update public.profiles set network_role = ${networkRole} where id = ${id}`.execute(db.db);
      }
      for (const place of places) {
        await sql`insert into public.place_memberships (place_id, user_id, role) values (${place.placeId}, ${id}, ${place.role})`.execute(
          db.db,
        );
      }
      return id;
    },
    async stop() {
      await worker.stop();
      await services.db.destroy();
      await smtp.stop();
      await brevo.stop();
      await db.drop();
    },
  };
}
