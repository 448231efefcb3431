import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDb } from '../client.ts';
import { executeSql, migrate } from '../migrate.ts';
import { loadReferenceData } from '../seed/reference.ts';
import { freePort } from './free-port.ts';
import { databaseUrl, startPostgresProcess } from './server.ts';

export interface RestartablePostgres {
  /** Superuser URL of a migrated database holding the reference data; it stays the same across restarts. */
  url: string;
  /** Shuts the server down (fast shutdown: open connections are cut, as in a restart or failover). */
  stop(): Promise<void>;
  /** Starts it again on the same data and port. */
  start(): Promise<void>;
  /** Stops it for good and removes its data. */
  destroy(): Promise<void>;
}

/**
 * A Postgres server of its own (not the shared test server, which other files use at the same time) that a
 * fault test may stop and start again while the app keeps running against it.
 */
export async function startRestartablePostgres(): Promise<RestartablePostgres> {
  const root = await mkdtemp(join(tmpdir(), 'rf-pg-restart-'));
  const dataDir = join(root, 'data');
  const port = await freePort();
  let server: Awaited<ReturnType<typeof startPostgresProcess>> | null = await startPostgresProcess(
    dataDir,
    port,
    { keep: true },
  );
  const url = databaseUrl(server.url, 'rf');
  const destroy = async () => {
    await server?.stop();
    server = null;
    await rm(root, { recursive: true, force: true });
  };
  try {
    await executeSql(server.url, 'create database rf');
    await migrate(url);
    const db = createDb(url, { max: 2 });
    try {
      await loadReferenceData(db);
    } finally {
      await db.destroy();
    }
  } catch (error) {
    await destroy();
    throw error;
  }
  return {
    url,
    async stop() {
      await server?.stop();
      server = null;
    },
    async start() {
      if (server) return;
      server = await startPostgresProcess(dataDir, port, { keep: true });
    },
    destroy,
  };
}
