// The network-sized dataset of issue 8, loaded into a database: 300 fabriques and 1,800 places
// (network.ts), ~50,000 sessions past and upcoming with 500,000 bookings (network-catalogue.ts) and
// 2 million activity records over three years (network-activity.ts), plus the reference and demo data.
// Deterministic (fixed seeds; upcoming sessions start tomorrow). Prints how long each part takes.
// `pnpm bench:dataset` loads it into a throw-away Postgres and stops, to time the load on its own;
// BENCH_RECORDS / BENCH_BOOKINGS scale it down for a quick run; BENCH_AGGREGATES=rebuild loads the records
// with the aggregate trigger off and rebuilds the aggregates once (network-activity.ts). BENCH_KEEP=1 keeps
// the database running after the load, its URL printed, until the script is stopped (to rerun
// `BENCH_DATABASE_URL=<url> pnpm bench:dashboard` against it without loading again).
//
// Sizes (issue 15): BENCH_DATASET=national loads the national map's scale, 20,000 places; BENCH_PLACES sets
// the number of places of either preset (BENCH_FABRIQUES the fabriques among them). The national preset keeps
// the programme as it is (300 fabriques: the other places are the national map's, not the programme's) and
// does not multiply everything by eleven, which would take about an hour to load and measure nothing more:
// - places: 20,000, 60 % of them with a published activity (~12,000 activities);
// - sessions: the 16 upcoming weeks of the network preset, but 4 past weeks instead of 30 (~240,000
//   sessions; the public pages read upcoming ones, past ones only feed the dashboards' history);
// - bookings: 1,000,000 (about a third of the seats, as on the network preset);
// - activity records: the same 2 million as the network preset, so ~100 per place a year and a half instead
//   of ~1,100 (the dashboards' cost follows the records, not the places; BENCH_RECORDS still scales them).
// Its result file is dataset-<date>-national.json. Measured on 2026-12-06 (2 shared cores, far from quiet):
// 20,000 places 62 s, 238,720 sessions and 1,000,000 bookings 692 s, 2 M records 458 s; 20 minutes in all
// (the network preset: 19 minutes on the same kind of day). BENCH_RECORDS=20000 skips most of the records
// when only the public pages are measured.
import { mkdir, writeFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { createDb } from '@rf/db';
import { executeSql, migrate } from '@rf/db/migrate';
import { loadDemoData } from '@rf/db/seed/demo';
import { loadNetwork } from '@rf/db/seed/network';
import { loadNetworkActivity, NETWORK_SCALE_ACTIVITY } from '@rf/db/seed/network-activity';
import { loadNetworkCatalogue, NETWORK_SCALE_CATALOGUE } from '@rf/db/seed/network-catalogue';
import { loadReferenceData } from '@rf/db/seed/reference';
import { parisDay } from '@rf/domain/time/paris';
import { startThrowawayDatabase } from '../scripts/stack.ts';
import { machineOf } from './report.ts';

export interface DatasetSize {
  /** Places in all, fabriques included. */
  places: number;
  fabriques: number;
  records: number;
  bookings: number;
  /** Upcoming and past weekly sessions per activity. */
  sessionsPerActivity: number;
  pastWeeks: number;
}

/** The network of issue 8, and the national map's scale (issue 15); see the comment at the top. */
export const DATASET_PRESETS = {
  network: {
    places: 1_800,
    fabriques: 300,
    records: NETWORK_SCALE_ACTIVITY.records,
    bookings: NETWORK_SCALE_CATALOGUE.bookings,
    sessionsPerActivity: NETWORK_SCALE_CATALOGUE.sessionsPerActivity,
    pastWeeks: NETWORK_SCALE_CATALOGUE.pastWeeks,
  },
  national: {
    places: 20_000,
    fabriques: 300,
    records: NETWORK_SCALE_ACTIVITY.records,
    bookings: 1_000_000,
    sessionsPerActivity: NETWORK_SCALE_CATALOGUE.sessionsPerActivity,
    pastWeeks: 4,
  },
} as const satisfies Record<string, DatasetSize>;

export type DatasetPreset = keyof typeof DATASET_PRESETS;

/** The size the environment asks for: BENCH_DATASET (preset), then BENCH_PLACES, BENCH_FABRIQUES,
 * BENCH_RECORDS and BENCH_BOOKINGS over it. */
export function datasetSizeFromEnv(env: NodeJS.ProcessEnv = process.env): {
  preset: DatasetPreset;
  size: DatasetSize;
} {
  const name = env.BENCH_DATASET ?? 'network';
  if (!(name in DATASET_PRESETS)) {
    throw new Error(`BENCH_DATASET=${name}: expected one of ${Object.keys(DATASET_PRESETS).join(', ')}`);
  }
  const preset = name as DatasetPreset;
  const base: DatasetSize = DATASET_PRESETS[preset];
  const number = (key: string, fallback: number) => {
    const value = env[key];
    if (value === undefined || value === '') return fallback;
    const parsed = Number(value);
    if (!Number.isInteger(parsed) || parsed < 0) throw new Error(`${key}=${value}: expected a whole number`);
    return parsed;
  };
  return {
    preset,
    size: {
      ...base,
      places: number('BENCH_PLACES', base.places),
      fabriques: number('BENCH_FABRIQUES', base.fabriques),
      records: number('BENCH_RECORDS', base.records),
      bookings: number('BENCH_BOOKINGS', base.bookings),
    },
  };
}

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
    size = DATASET_PRESETS.network as DatasetSize,
    aggregates = (process.env.BENCH_AGGREGATES === 'rebuild' ? 'rebuild' : 'triggers') as
      | 'triggers'
      | 'rebuild',
  }: { records?: number; bookings?: number; size?: DatasetSize; aggregates?: 'triggers' | 'rebuild' } = {},
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
    const network = await step(`network (${size.places.toLocaleString('en')} places, labels)`, () =>
      loadNetwork(db, { places: size.places, fabriques: size.fabriques }),
    );
    await step('demo data', () => loadDemoData(db));
    const catalogue = await step('sessions and bookings', () =>
      loadNetworkCatalogue(db, {
        ...NETWORK_SCALE_CATALOGUE,
        sessionsPerActivity: size.sessionsPerActivity,
        pastWeeks: size.pastWeeks,
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
    const { preset, size } = datasetSizeFromEnv();
    const report = await loadNetworkDataset(database.url, {
      records: size.records,
      bookings: size.bookings,
      size,
    });
    const result = {
      date: new Date().toISOString().slice(0, 10),
      machine: machineOf(),
      preset,
      ...report,
      totalSeconds: since(start),
    };
    console.log(JSON.stringify(result, null, 2));
    // Only a full-size load of a preset is kept as the dated result.
    const full = DATASET_PRESETS[preset];
    if (report.activityRecords >= full.records && size.places === full.places) {
      await mkdir('bench/results', { recursive: true });
      const suffix = preset === 'network' ? '' : `-${preset}`;
      await writeFile(
        `bench/results/dataset-${result.date}${suffix}.json`,
        `${JSON.stringify(result, null, 2)}\n`,
      );
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
