// The multi-instance run (issue 15, decision 047): two instances of each app and two job workers against one
// Postgres, all through a real transaction-mode pooler (Debian's pgbouncer, as Supabase's pooler would be),
// then the Playwright suite of tests/multi-instance: bookings through both instances, every queued message
// sent once, sessions and rate limits across instances; last, the database stopped for real under the
// running apps (every page type answers 503, issue 16). Everything stops afterwards.
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import { createDb } from '@rf/db';
import { migrate } from '@rf/db/migrate';
import { loadDemoData } from '@rf/db/seed/demo';
import { loadReferenceData } from '@rf/db/seed/reference';
import { freePort } from '@rf/db/testing';
import { startPgbouncer } from './pgbouncer.ts';
import {
  acquireLock,
  buildApps,
  playwrightArgs,
  serveApp,
  startJobWorker,
  startThrowawayDatabase,
  stopServer,
  type ThrowawayDatabase,
  waitForHealth,
} from './stack.ts';

const SITE_PORTS = [3110, 3111];
const ADMIN_PORTS = [3112, 3113];

/**
 * What the outage test (tests/multi-instance/outage.e2e.ts) asks of this run: `POST /database/stop` stops
 * the Postgres server itself (a fast shutdown: its connections are cut, the pooler can reach nothing),
 * under the running apps. Loopback only; the server is not started again (the test runs last).
 */
async function serveDatabaseControl(database: ThrowawayDatabase): Promise<{ url: string; server: Server }> {
  const port = await freePort();
  const server = createServer((req, res) => {
    if (req.method !== 'POST' || req.url !== '/database/stop') {
      res.writeHead(404).end();
      return;
    }
    database.stop().then(
      () => res.writeHead(204).end(),
      (error: unknown) => res.writeHead(500).end(String(error)),
    );
  });
  server.listen(port, '127.0.0.1');
  await once(server, 'listening');
  return { url: `http://127.0.0.1:${port}`, server };
}

async function main() {
  const release = await acquireLock();
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => process.exit(130));
  const database = await startThrowawayDatabase('rf-multi-');
  const servers: ChildProcess[] = [];
  let pooler: Awaited<ReturnType<typeof startPgbouncer>> | undefined;
  let control: Server | undefined;
  let status = 1;
  try {
    await migrate(database.url);
    const db = createDb(database.url, { max: 2 });
    await loadReferenceData(db);
    await loadDemoData(db);
    await db.destroy();
    buildApps(['site', 'admin']);
    pooler = await startPgbouncer(database.url);

    const siteUrls = SITE_PORTS.map((port) => `http://localhost:${port}`);
    const adminUrls = ADMIN_PORTS.map((port) => `http://localhost:${port}`);
    const env = {
      ...process.env,
      NODE_ENV: 'production',
      // Every query of the apps and the workers goes through the pooler; only the workers' LISTEN for new
      // jobs uses a direct connection, as it would on Supabase.
      DATABASE_URL: pooler.url,
      DATABASE_DIRECT_URL: database.url,
      DATABASE_POOL_SIZE: '5',
      // Links in e-mails name the first instance, as they would name the load balancer.
      SITE_URL: siteUrls[0],
      ADMIN_URL: adminUrls[0],
      LOG_LEVEL: 'warn',
      TRUST_PROXY: 'loopback',
      AUTH_JWT_SECRET: 'multi-secret-multi-secret-multi-secret-multi',
      MAIL_TRANSPORT: 'mailbox',
      SMS_TRANSPORT: 'mailbox',
      STORAGE_LOCAL_IN_PRODUCTION: '1',
    };
    for (const port of SITE_PORTS) servers.push(serveApp('site', port, env, { quiet: true }));
    for (const port of ADMIN_PORTS) servers.push(serveApp('admin', port, env, { quiet: true }));
    servers.push(startJobWorker(env), startJobWorker(env));
    await Promise.all(
      [...siteUrls, ...adminUrls].map((url, i) => waitForHealth(url, servers[i] as ChildProcess)),
    );

    const databaseControl = await serveDatabaseControl(database);
    control = databaseControl.server;

    // Not spawnSync: this process answers the outage test's request to stop the database meanwhile.
    const suite = spawn(
      'pnpm',
      ['exec', 'playwright', 'test', '--config', 'playwright.multi.config.ts', ...playwrightArgs()],
      {
        stdio: 'inherit',
        env: {
          ...env,
          E2E_SITE_URLS: siteUrls.join(','),
          E2E_ADMIN_URLS: adminUrls.join(','),
          E2E_DATABASE_URL: database.url,
          E2E_DATABASE_CONTROL_URL: databaseControl.url,
        },
      },
    );
    const [code] = (await once(suite, 'exit')) as [number | null];
    status = code ?? 1;
  } finally {
    control?.close();
    await Promise.all(servers.map(stopServer));
    await pooler?.stop();
    await database.dispose();
    await release();
  }
  process.exit(status);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
