import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { createDb } from '../client.ts';
import { executeSql, migrate } from '../migrate.ts';
import { loadReferenceData } from '../seed/reference.ts';
import { freePort } from './free-port.ts';

export const TEMPLATE_DATABASE = 'rf_template';

export function databaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

/**
 * Starts `postgres-child.ts` and waits for the URL it prints (see there why it is a separate process).
 * `keep` leaves the data folder in place when it stops, so the same server can start again on it.
 */
export async function startPostgresProcess(
  dataDir: string,
  port: number,
  { keep = false }: { keep?: boolean } = {},
): Promise<{ url: string; stop(): Promise<void> }> {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      fileURLToPath(new URL('./postgres-child.ts', import.meta.url)),
      dataDir,
      String(port),
      ...(keep ? ['keep'] : []),
    ],
    { stdio: ['pipe', 'pipe', 'inherit'] },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = await new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout });
    lines.once('line', (line) => resolve((JSON.parse(line) as { url: string }).url));
    child.once('exit', (code) => reject(new Error(`the test Postgres exited before starting (${code})`)));
  });
  return {
    url,
    async stop() {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

export interface TestServer {
  /** Superuser URL on the `postgres` database of a throw-away server. */
  url: string;
  stop(): Promise<void>;
}

/**
 * A throw-away Postgres server (or the one `DATABASE_URL` names) holding a migrated template database
 * with the reference data; tests clone it, so each file starts clean and files run in parallel.
 */
export async function startTestServer(): Promise<TestServer> {
  const external = process.env.TEST_DATABASE_URL;
  let url: string;
  let stopServer: () => Promise<void>;
  if (external) {
    url = external;
    stopServer = async () => {};
  } else {
    const dataDir = join(await mkdtemp(join(tmpdir(), 'rf-pg-')), 'data');
    const server = await startPostgresProcess(dataDir, await freePort());
    url = server.url;
    stopServer = async () => {
      await server.stop();
      await rm(join(dataDir, '..'), { recursive: true, force: true });
    };
  }
  try {
    await executeSql(url, `drop database if exists ${TEMPLATE_DATABASE} with (force)`);
    await executeSql(url, `create database ${TEMPLATE_DATABASE}`);
    const templateUrl = databaseUrl(url, TEMPLATE_DATABASE);
    await migrate(templateUrl);
    const db = createDb(templateUrl, { max: 2 });
    try {
      await loadReferenceData(db);
    } finally {
      await db.destroy();
    }
  } catch (error) {
    await stopServer();
    throw error;
  }
  return { url, stop: stopServer };
}
