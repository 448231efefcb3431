// The network-sized dataset of issue 8, loaded into a database: 300 fabriques and 1,800 places
// (network.ts), ~50,000 sessions past and upcoming with 500,000 bookings (network-catalogue.ts) and
// 2 million activity records over three years (network-activity.ts), plus the reference and demo data.
// Deterministic (fixed seeds; upcoming sessions start tomorrow). Prints how long each part takes.
// `pnpm bench:dataset` loads it into a throw-away Postgres and stops, to time the load on its own;
// BENCH_RECORDS / BENCH_BOOKINGS scale it down for a quick run; BENCH_AGGREGATES=rebuild loads the records
// with the aggregate trigger off and rebuilds the aggregates once (network-activity.ts). BENCH_KEEP=1 keeps
// the database running after the load, its URL printed, until the script is stopped (to rerun
// `BENCH_DATABASE_URL=<url> pnpm bench:dashboard` against it without loading again).
import { mkdir, writeFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { createDb } from '@rf/db';
import { executeSql, migrate } from '@rf/db/migrate';
import { loadDemoData } from '@rf/db/seed/demo';
import { loadNetwork } from '@rf/db/seed/network';
import { loadNetworkActivity, NETWORK_SCALE_ACTIVITY } from '@rf/db/seed/network-activity';
import { loadNetworkCatalogue, NETWORK_SCALE_CATALOGUE } from '@rf/db/seed/network-catalogue';
import { loadReferenceData } from '@rf/db/seed/reference';
import { parisDay } from '@rf/domain/booking/catalogue-search';
import { startThrowawayDatabase } from '../scripts/stack.ts';
import { machineOf } from './report.ts';

export interface DatasetReport {
  places: number;
  fabriques: number;
  activities: number;
  sessions: number;
  bookings: number;
  activityRecords: number;
  aggregateRows: number;
  /** Seconds each step took. */
  seconds: Record<string, number>;
}

const since = (start: number) => Math.round((performance.now() - start) / 100) / 10;

/** Loads the whole dataset into a migrated database (`migrate` first when `fresh`). */
export async function loadNetworkDataset(
  url: string,
  {
    records = NETWORK_SCALE_ACTIVITY.records as number,
    bookings = NETWORK_SCALE_CATALOGUE.bookings as number,
    aggregates = (process.env.BENCH_AGGREGATES === 'rebuild' ? 'rebuild' : 'triggers') as
      | 'triggers'
      | 'rebuild',
  } = {},
): Promise<DatasetReport> {
  const seconds: Record<string, number> = {};
  const step = async <T>(name: string, run: () => Promise<T>): Promise<T> => {
    const start = performance.now();
    console.log(`› dataset: ${name}…`);
    const result = await run();
    seconds[name] = since(start);
    console.log(`  ${name}: ${seconds[name]} s`);
    return result;
  };
  const db = createDb(url, { max: 2 });
  try {
    await step('reference data', () => loadReferenceData(db));
    const network = await step('network (places, labels)', () => loadNetwork(db));
    await step('demo data', () => loadDemoData(db));
    const catalogue = await step('sessions and bookings', () =>
      loadNetworkCatalogue(db, {
        ...NETWORK_SCALE_CATALOGUE,
        bookings,
        firstDay: parisDay(new Date(Date.now() + 86_400_000)),
      }),
    );
    const activity = await step(`activity records (aggregates: ${aggregates})`, () =>
      loadNetworkActivity(db, {
        records,
        aggregates,
        batchSize: 100_000,
        onBatch: (done, total, s) =>
          console.log(
            `    ${done.toLocaleString('en')} / ${total.toLocaleString('en')} records, ${s.toFixed(0)} s`,
          ),
      }),
    );
    await step('vacuum analyze', () => executeSql(url, 'vacuum analyze'));
    const counts = await db
      .selectNoFrom((eb) => [
        eb.selectFrom('activity_records').select(eb.fn.countAll<string>().as('n')).as('records'),
        eb
          .selectFrom('activity_monthly_aggregates')
          .select(eb.fn.countAll<string>().as('n'))
          .as('aggregates'),
      ])
      .executeTakeFirstOrThrow();
    return {
      places: network.places,
      fabriques: network.fabriques,
      activities: catalogue.activities,
      sessions: catalogue.sessions,
      bookings: catalogue.bookings,
      activityRecords: Number(counts.records ?? activity.inserted),
      aggregateRows: Number(counts.aggregates ?? 0),
      seconds,
    };
  } finally {
    await db.destroy();
  }
}

async function main() {
  const database = await startThrowawayDatabase('rf-bench-dataset-');
  try {
    const start = performance.now();
    await migrate(database.url);
    const report = await loadNetworkDataset(database.url, {
      records: Number(process.env.BENCH_RECORDS ?? NETWORK_SCALE_ACTIVITY.records),
      bookings: Number(process.env.BENCH_BOOKINGS ?? NETWORK_SCALE_CATALOGUE.bookings),
    });
    const result = {
      date: new Date().toISOString().slice(0, 10),
      machine: machineOf(),
      ...report,
      totalSeconds: since(start),
    };
    console.log(JSON.stringify(result, null, 2));
    // Only a full-size load is kept as the dated result.
    if (report.activityRecords >= NETWORK_SCALE_ACTIVITY.records) {
      await mkdir('bench/results', { recursive: true });
      await writeFile(`bench/results/dataset-${result.date}.json`, `${JSON.stringify(result, null, 2)}\n`);
    }
    if (process.env.BENCH_KEEP === '1') {
      console.log(
        `› keeping the database: BENCH_DATABASE_URL=${database.url} (stop this script to remove it)`,
      );
      await new Promise<void>((resolve) => {
        for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => resolve());
      });
    }
  } finally {
    await database.dispose();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
