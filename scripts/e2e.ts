// End-to-end run: a throw-away embedded Postgres with migrations and demo data, production builds of
// both apps served as in production, then Playwright in Debian's Chromium. Everything stops afterwards.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDb } from '@rf/db';
import { startEmbeddedPostgres } from '@rf/db/embedded';
import { migrate } from '@rf/db/migrate';
import { loadDemoData } from '@rf/db/seed/demo';
import { loadReferenceData } from '@rf/db/seed/reference';
import { freePort } from '@rf/db/testing';

const SITE_PORT = 3100;
const ADMIN_PORT = 3101;

function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env) {
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed`);
}

async function waitForHealth(url: string, server: ChildProcess) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`${url} exited before it was ready`);
    try {
      if ((await fetch(`${url}/health`)).ok) return;
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not become healthy`);
}

function stopServer(server: ChildProcess): Promise<void> {
  if (!server.pid || server.exitCode !== null) return Promise.resolve();
  const exited = new Promise<void>((resolve) => server.once('exit', () => resolve()));
  try {
    process.kill(-server.pid, 'SIGTERM');
  } catch {
    return Promise.resolve();
  }
  return Promise.race([exited, new Promise<void>((resolve) => setTimeout(resolve, 5000))]);
}

// One end-to-end run at a time on a machine: runs share the apps' build folders and ports.
async function acquireLock(): Promise<() => Promise<void>> {
  const lock = join(tmpdir(), 'rf-e2e.lock');
  for (let waited = 0; ; waited += 1) {
    try {
      await mkdir(lock);
      return () => rm(lock, { recursive: true, force: true });
    } catch {
      if (waited === 0) console.log('› waiting for another end-to-end run to finish');
      if (waited > 1200) throw new Error(`${lock} is held for too long: remove it if no run is going on`);
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  }
}

async function main() {
  const release = await acquireLock();
  // Interrupted runs free the lock too.
  process.on('exit', () => rmSync(join(tmpdir(), 'rf-e2e.lock'), { recursive: true, force: true }));
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => process.exit(130));
  const folder = await mkdtemp(join(tmpdir(), 'rf-e2e-'));
  const database = await startEmbeddedPostgres({
    dataDir: join(folder, 'data'),
    port: await freePort(),
    persistent: false,
  });
  const servers: ChildProcess[] = [];
  let status = 1;
  try {
    await migrate(database.url);
    const db = createDb(database.url, { max: 2 });
    await loadReferenceData(db);
    await loadDemoData(db);
    await db.destroy();

    run('pnpm', [
      'exec',
      'turbo',
      'run',
      'build',
      '--filter=@rf/site',
      '--filter=@rf/admin',
      '--output-logs=errors-only',
    ]);

    const env = {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: database.url,
      SITE_URL: `http://localhost:${SITE_PORT}`,
      ADMIN_URL: `http://localhost:${ADMIN_PORT}`,
      LOG_LEVEL: 'warn',
      AUTH_JWT_SECRET: 'e2e-secret-e2e-secret-e2e-secret-e2e-secret',
    };
    for (const [app, port] of [
      ['site', SITE_PORT],
      ['admin', ADMIN_PORT],
    ] as const) {
      servers.push(
        spawn(
          join(process.cwd(), `apps/${app}/node_modules/.bin/react-router-serve`),
          ['./build/server/index.js'],
          {
            cwd: `apps/${app}`,
            stdio: ['ignore', 'inherit', 'inherit'],
            env: { ...env, PORT: String(port) },
            detached: true,
          },
        ),
      );
    }
    await Promise.all([
      waitForHealth(env.SITE_URL, servers[0] as ChildProcess),
      waitForHealth(env.ADMIN_URL, servers[1] as ChildProcess),
    ]);

    const result = spawnSync('pnpm', ['exec', 'playwright', 'test', ...process.argv.slice(2)], {
      stdio: 'inherit',
      env: {
        ...env,
        E2E_SITE_URL: env.SITE_URL,
        E2E_ADMIN_URL: env.ADMIN_URL,
        E2E_DATABASE_URL: database.url,
      },
    });
    status = result.status ?? 1;
  } finally {
    // Servers first, then the database they are connected to.
    await Promise.all(servers.map(stopServer));
    await database.stop();
    await rm(folder, { recursive: true, force: true });
    await release();
  }
  process.exit(status);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
