import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDb } from '../client.ts';
import { startEmbeddedPostgres } from '../embedded.ts';
import { executeSql, migrate } from '../migrate.ts';
import { loadReferenceData } from '../seed/reference.ts';
import { freePort } from './free-port.ts';

export const TEMPLATE_DATABASE = 'rf_template';

export function databaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
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
    const server = await startEmbeddedPostgres({ dataDir, port: await freePort(), persistent: false });
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
