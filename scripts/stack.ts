// What the end-to-end run and the benchmarks share: a throw-away embedded Postgres, the lock on the apps'
// build folders, production builds served by each app's `server.ts`, the job worker, and stopping it all
// afterwards.
import { type ChildProcess, type SpawnOptions, spawn, spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { constants, tmpdir } from 'node:os';
import { join } from 'node:path';
import { type EmbeddedServer, startEmbeddedPostgres } from '@rf/db/embedded';
import { freePort } from '@rf/db/testing';

export function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env) {
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed`);
}

export async function waitForHealth(url: string, server: ChildProcess, path = '/health') {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`${url} exited before it was ready`);
    try {
      if ((await fetch(`${url}${path}`)).ok) return;
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not become healthy`);
}

/** Stops a server started `detached` (its own process group), waiting at most 5 s for it to exit. */
export function stopServer(server: ChildProcess): Promise<void> {
  if (!server.pid || server.exitCode !== null) return Promise.resolve();
  const exited = new Promise<void>((resolve) => server.once('exit', () => resolve()));
  try {
    process.kill(-server.pid, 'SIGTERM');
  } catch {
    return Promise.resolve();
  }
  return Promise.race([exited, new Promise<void>((resolve) => setTimeout(resolve, 5000))]);
}

/** Process groups started by `spawnGroup` and still running. */
const groups = new Set<ChildProcess>();

function stopGroups() {
  for (const child of groups) {
    if (!child.pid || child.exitCode !== null || child.signalCode !== null) continue;
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch (error) {
      // It ended between the check and the signal: nothing left to stop.
      if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
    }
  }
}

let stoppedWithThisProcess = false;

/**
 * A server, worker or tool in its own process group (`stopServer` stops the group), which is also stopped
 * when this process ends or is interrupted. Without that, an interrupted benchmark left its production server
 * computing on, a core busy for minutes, and every later measurement on the machine was wrong.
 */
export function spawnGroup(command: string, args: string[], options: SpawnOptions): ChildProcess {
  if (!stoppedWithThisProcess) {
    stoppedWithThisProcess = true;
    process.once('exit', stopGroups);
    for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
      process.once(signal, () => {
        stopGroups();
        process.exit(128 + constants.signals[signal]);
      });
    }
  }
  const child = spawn(command, args, { ...options, detached: true });
  groups.add(child);
  child.once('exit', () => groups.delete(child));
  return child;
}

export { acquireLock } from './build-lock.ts';

export interface ThrowawayDatabase extends EmbeddedServer {
  /** Stops the server and removes its folder. */
  dispose(): Promise<void>;
}

/** An embedded Postgres in a temporary folder, on a free port, without durability. */
export async function startThrowawayDatabase(prefix: string): Promise<ThrowawayDatabase> {
  const folder = await mkdtemp(join(tmpdir(), prefix));
  const database = await startEmbeddedPostgres({
    dataDir: join(folder, 'data'),
    port: await freePort(),
    persistent: false,
  }).catch(async (error: unknown) => {
    await rm(folder, { recursive: true, force: true });
    throw error;
  });
  return {
    ...database,
    async dispose() {
      try {
        await database.stop();
      } finally {
        await rm(folder, { recursive: true, force: true });
      }
    },
  };
}

/** Production builds of the given apps (`site`, `admin`). */
export function buildApps(apps: readonly ('site' | 'admin')[]) {
  run('pnpm', [
    'exec',
    'turbo',
    'run',
    'build',
    ...apps.map((app) => `--filter=@rf/${app}`),
    '--output-logs=errors-only',
  ]);
}

/**
 * The environment of a throw-away stack's servers (end-to-end tests, benchmarks): production keeps files
 * in shared object storage (decision 046), but these stacks run on one machine, so their local folder is
 * allowed unless the caller chose otherwise (S3_BUCKET, SUPABASE_STORAGE_BUCKET or its own value).
 */
function throwawayEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return { STORAGE_LOCAL_IN_PRODUCTION: '1', ...env };
}

/**
 * An app's production build served by its production server (`apps/<app>/server.ts`), in its own process
 * group (`spawnGroup`). Its JSON request logs go to stdout: `quiet` discards them (benchmarks).
 */
export function serveApp(
  app: 'site' | 'admin',
  port: number,
  env: NodeJS.ProcessEnv,
  { quiet = false }: { quiet?: boolean } = {},
): ChildProcess {
  return spawnGroup(process.execPath, ['server.ts'], {
    cwd: `apps/${app}`,
    stdio: ['ignore', quiet ? 'ignore' : 'inherit', 'inherit'],
    env: { ...throwawayEnv(env), PORT: String(port) },
  });
}

/**
 * The job worker (`apps/worker`) as in production, in its own process group (`spawnGroup`): it sends
 * the e-mails the database queues, so tests that read them need it running.
 */
export function startJobWorker(env: NodeJS.ProcessEnv): ChildProcess {
  return spawnGroup(join(process.cwd(), 'apps/worker/node_modules/.bin/tsx'), ['src/main.ts'], {
    cwd: 'apps/worker',
    stdio: ['ignore', 'inherit', 'inherit'],
    env: throwawayEnv(env),
  });
}

/** `pnpm e2e -- <file>` passes the `--` through: Playwright would read it as "no filter" and run everything. */
export function playwrightArgs(): string[] {
  const args = process.argv.slice(2);
  return args[0] === '--' ? args.slice(1) : args;
}
