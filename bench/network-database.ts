// The database the engineers' tools (`bench:profile`, `bench:round-trips`) serve the site from: the one at
// BENCH_DATABASE_URL when given (a dataset kept by `BENCH_KEEP=1 pnpm bench:dataset`), or else a throw-away
// Postgres holding the generated network, the demo data and the network's workshops, as `pnpm bench` loads it.
import { createDb } from '@rf/db';
import { executeSql, migrate } from '@rf/db/migrate';
import { loadDemoData } from '@rf/db/seed/demo';
import { loadNetwork } from '@rf/db/seed/network';
import { loadNetworkCatalogue } from '@rf/db/seed/network-catalogue';
import { loadReferenceData } from '@rf/db/seed/reference';
import { parisDay } from '@rf/domain/time/paris';
import { startThrowawayDatabase } from '../scripts/stack.ts';

export async function networkDatabase(
  prefix: string,
): Promise<{ url: string; dispose: () => Promise<void> }> {
  const kept = process.env.BENCH_DATABASE_URL;
  if (kept) return { url: kept, dispose: async () => {} };
  const database = await startThrowawayDatabase(prefix);
  try {
    await loadNetworkDatabase(database.url);
    return database;
  } catch (error) {
    await database.dispose();
    throw error;
  }
}

/** Migrates an empty database and loads the generated network, the demo data and the network's workshops. */
export async function loadNetworkDatabase(url: string): Promise<void> {
  console.log('› loading the generated network and its workshops');
  await migrate(url);
  const db = createDb(url, { max: 4 });
  try {
    await loadReferenceData(db);
    await loadNetwork(db);
    await loadDemoData(db);
    await loadNetworkCatalogue(db, { firstDay: parisDay(new Date(Date.now() + 86_400_000)) });
  } finally {
    await db.destroy();
  }
  await executeSql(url, 'vacuum analyze');
}
