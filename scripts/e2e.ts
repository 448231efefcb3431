// End-to-end run: a throw-away embedded Postgres with migrations and demo data, production builds of
// both apps served as in production with the job worker, then Playwright in Debian's Chromium. Everything
// stops afterwards.
import { type ChildProcess, spawnSync } from 'node:child_process';
import { createDb } from '@rf/db';
import { migrate } from '@rf/db/migrate';
import { loadDemoData } from '@rf/db/seed/demo';
import { loadReferenceData } from '@rf/db/seed/reference';
import {
  acquireLock,
  buildApps,
  playwrightArgs,
  serveApp,
  startJobWorker,
  startThrowawayDatabase,
  stopServer,
  waitForHealth,
} from './stack.ts';

const SITE_PORT = 3100;
const ADMIN_PORT = 3101;

async function main() {
  const release = await acquireLock();
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => process.exit(130));
  const database = await startThrowawayDatabase('rf-e2e-');
  const servers: ChildProcess[] = [];
  let status = 1;
  try {
    await migrate(database.url);
    const db = createDb(database.url, { max: 2 });
    await loadReferenceData(db);
    await loadDemoData(db);
    await db.destroy();

    buildApps(['site', 'admin']);

    const env = {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: database.url,
      SITE_URL: `http://localhost:${SITE_PORT}`,
      ADMIN_URL: `http://localhost:${ADMIN_PORT}`,
      LOG_LEVEL: 'warn',
      // Playwright is the trusted proxy on loopback: each test comes from an address of its own in
      // X-Forwarded-For (tests/e2e/test.ts), and the abuse suite forges the hops a client could write.
      TRUST_PROXY: 'loopback',
      AUTH_JWT_SECRET: 'e2e-secret-e2e-secret-e2e-secret-e2e-secret',
      MAIL_TRANSPORT: 'mailbox',
      SMS_TRANSPORT: 'mailbox',
      BREVO_WEBHOOK_SECRET: 'secret-e2e-des-accuses-de-reception',
      // The webhooks test (decision 061) receives deliveries on a local http:// server, which production
      // refuses otherwise.
      WEBHOOKS_ALLOW_LOCAL: '1',
    };
    servers.push(serveApp('site', SITE_PORT, env), serveApp('admin', ADMIN_PORT, env), startJobWorker(env));
    await Promise.all([
      waitForHealth(env.SITE_URL, servers[0] as ChildProcess),
      waitForHealth(env.ADMIN_URL, servers[1] as ChildProcess),
    ]);

    const result = spawnSync('pnpm', ['exec', 'playwright', 'test', ...playwrightArgs()], {
      stdio: 'inherit',
      env: {
        ...env,
        E2E_SITE_URL: env.SITE_URL,
        E2E_ADMIN_URL: env.ADMIN_URL,
        E2E_DATABASE_URL: database.url,
        // The fault tests read the servers' resident memory in /proc.
        E2E_SITE_PID: String(servers[0]?.pid ?? ''),
        E2E_ADMIN_PID: String(servers[1]?.pid ?? ''),
      },
    });
    status = result.status ?? 1;
  } finally {
    // Servers first, then the database they are connected to.
    await Promise.all(servers.map(stopServer));
    await database.dispose();
    await release();
  }
  process.exit(status);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
