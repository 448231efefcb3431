// One benchmark command (issue 8): `pnpm bench`. A script, not a test — it asserts nothing on time. It runs
// the directory benchmark (bench/directory.ts) and the booking and catalogue benchmark (bench/booking.ts) as
// they are, then loads the home page and the page ceiling — a static file served by the same production
// server — with autocannon, and writes one table: bench/results/all-<date>.{json,md}. Each step starts its
// own throw-away Postgres and takes the machine-wide e2e lock while it serves the apps.
// BENCH_DURATION_S (default 10) shortens every measured window, for a quick run on a shared machine.
import { type ChildProcess, execFileSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { availableParallelism, cpus, totalmem } from 'node:os';
import { createDb } from '@rf/db';
import { executeSql, migrate } from '@rf/db/migrate';
import { loadDemoData } from '@rf/db/seed/demo';
import { loadNetwork } from '@rf/db/seed/network';
import { loadNetworkCatalogue } from '@rf/db/seed/network-catalogue';
import { loadReferenceData } from '@rf/db/seed/reference';
import { freePort } from '@rf/db/testing';
import { parisDay } from '@rf/domain/booking/catalogue-search';
import {
  acquireLock,
  buildApps,
  serveApp,
  startThrowawayDatabase,
  stopServer,
  waitForHealth,
} from '../scripts/stack.ts';
import { runBookingBenchmark } from './booking.ts';
import { runDashboardBenchmark } from './dashboard.ts';
import { load, type Measure, runDirectoryBenchmark } from './directory.ts';
import { runFrontendBenchmark } from './frontend.ts';

const DURATION_S = Number(process.env.BENCH_DURATION_S ?? 10);
const WARMUP_S = 2;

const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;

/** One row of the combined table: what was loaded, its figures, and the baseline measured in the same run. */
interface Line {
  group: string;
  scenario: string;
  unit: 'req/s' | 'bookings/s';
  throughput: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
  baseline: string;
  baselineThroughput: number;
  /** Throughput over the baseline's: below 1 is slower; null when the baseline answered nothing in time. */
  ratio: number | null;
}

function line(
  group: string,
  scenario: string,
  measured: { throughput: number; p50Ms: number; p99Ms: number; errors: number },
  baseline: string,
  baselineThroughput: number,
  unit: Line['unit'] = 'req/s',
): Line {
  return {
    group,
    scenario,
    unit,
    ...measured,
    baseline,
    baselineThroughput,
    ratio: baselineThroughput > 0 ? round(measured.throughput / baselineThroughput) : null,
  };
}

const fromMeasure = (m: Measure) => ({
  throughput: m.requestsPerSecond,
  p50Ms: m.p50Ms,
  p99Ms: m.p99Ms,
  errors: m.errors,
});

/** A built asset the home page links (its stylesheet, else a script): what the server can do at best. */
async function staticAssetOf(origin: string): Promise<string> {
  const html = await (await fetch(`${origin}/`)).text();
  const css = /<link[^>]*\brel="stylesheet"[^>]*\bhref="([^"]+)"/.exec(html)?.[1];
  const js = /<link[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/.exec(html)?.[1];
  const asset = css ?? js;
  if (!asset) throw new Error('the home page links no built asset');
  return new URL(asset, origin).pathname;
}

/** The home page against the static ceiling, on the network and its workshops. */
async function homeAndCeiling() {
  const database = await startThrowawayDatabase('rf-bench-all-');
  const servers: ChildProcess[] = [];
  try {
    console.log('› home page: loading the generated network and its workshops');
    await migrate(database.url);
    const db = createDb(database.url, { max: 4 });
    try {
      await loadReferenceData(db);
      await loadNetwork(db);
      await loadDemoData(db);
      await loadNetworkCatalogue(db, { firstDay: parisDay(new Date(Date.now() + 86_400_000)) });
      await executeSql(database.url, 'vacuum analyze');
    } finally {
      await db.destroy();
    }
    const release = await acquireLock();
    try {
      console.log('› building the site for production');
      buildApps(['site']);
      const port = await freePort();
      const site = `http://127.0.0.1:${port}`;
      servers.push(
        serveApp(
          'site',
          port,
          {
            ...process.env,
            NODE_ENV: 'production',
            DATABASE_URL: database.url,
            SITE_URL: site,
            ADMIN_URL: 'http://127.0.0.1:1',
            LOG_LEVEL: 'warn',
            AUTH_JWT_SECRET: 'bench-secret-bench-secret-bench-secret-bench',
            MAIL_TRANSPORT: 'mailbox',
            SMS_TRANSPORT: 'mailbox',
          },
          { quiet: true },
        ),
      );
      await waitForHealth(site, servers[0] as ChildProcess);
      const asset = await staticAssetOf(site);
      const measured: Record<'ceiling' | 'home', Measure> = {} as Record<'ceiling' | 'home', Measure>;
      for (const [name, path] of [
        ['ceiling', asset],
        ['home', '/'],
      ] as const) {
        await load(`${site}${path}`, WARMUP_S);
        measured[name] = await load(`${site}${path}`, DURATION_S);
        console.log(`  ${name} (${path}): ${measured[name].requestsPerSecond} req/s`);
      }
      return { asset, ...measured };
    } finally {
      await Promise.all(servers.map(stopServer));
      await release();
    }
  } finally {
    await database.dispose();
  }
}

function git(args: string[]): string {
  try {
    return execFileSync('git', args, { encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

async function main() {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => process.exit(130));
  const began = Date.now();
  const pages = await homeAndCeiling();
  const directory = await runDirectoryBenchmark({ write: false });
  const booking = await runBookingBenchmark({ write: false });
  const dashboard = await runDashboardBenchmark({ write: false });
  // The front-end report does not depend on BENCH_DURATION_S: its dated files are written here too.
  const frontend = await runFrontendBenchmark({ write: true });

  const ceiling = pages.ceiling.requestsPerSecond;
  const lines: Line[] = [
    line('page ceiling', `static file \`${pages.asset}\``, fromMeasure(pages.ceiling), 'itself', ceiling),
    line('home', '`/`', fromMeasure(pages.home), 'static file', ceiling),
    ...directory.lines.map((l) =>
      line(
        'directory',
        `${l.scenario} (\`${l.path}\`)`,
        fromMeasure(l.site),
        'same SQL, bare node:http',
        l.baseline.requestsPerSecond,
      ),
    ),
    ...booking.catalogue.lines.map((l) =>
      line(
        'catalogue',
        `${l.scenario} (\`${l.path}\`)`,
        fromMeasure(l.site),
        'same SQL, bare node:http',
        l.baseline.requestsPerSecond,
      ),
    ),
    line(
      'booking',
      `\`booking.book\` under contention (${booking.booking.clients} clients, ${booking.booking.sessions} sessions of ${booking.booking.seatsPerSession} seats)`,
      {
        throughput: booking.booking.procedure.bookingsPerSecond,
        p50Ms: booking.booking.procedure.p50Ms,
        p99Ms: booking.booking.procedure.p99Ms,
        errors: booking.booking.procedure.errors,
      },
      'same SQL (`bookSession`), no API',
      booking.booking.baseline.bookingsPerSecond,
      'bookings/s',
    ),
    ...dashboard.served.map((s) =>
      line(
        'network dashboard',
        s.scenario,
        fromMeasure(s.measured),
        s.baseline,
        s.baselineMeasure.requestsPerSecond,
      ),
    ),
  ];

  const date = new Date().toISOString().slice(0, 10);
  const machine = {
    cores: availableParallelism(),
    cpu: cpus()[0]?.model ?? 'unknown',
    memoryGiB: round(totalmem() / 1024 ** 3, 1),
    platform: `${process.platform} ${process.arch}`,
  };
  const report = {
    date,
    commit: git(['rev-parse', '--short', 'HEAD']),
    uncommittedChanges: git(['status', '--porcelain']) !== '',
    machine,
    node: process.version,
    postgres: 'embedded PostgreSQL 17 (fsync off)',
    durationSeconds: DURATION_S,
    warmupSeconds: WARMUP_S,
    minutes: round((Date.now() - began) / 60_000, 1),
    lines,
    overbookedSessions: booking.booking.overbookedSessions,
    // The full reports of the benchmarks, with their datasets, JavaScript weights and query plans.
    directory,
    booking,
    dashboard,
    frontend: {
      ...frontend,
      pages: frontend.pages.map(({ assets: _, ...page }) => page),
    },
  };

  const table = [
    '| group | scenario | throughput | p50 ms | p99 ms | errors | baseline | baseline throughput | ratio |',
    '| --- | --- | ---: | ---: | ---: | ---: | --- | ---: | ---: |',
    ...lines.map(
      (l) =>
        `| ${l.group} | ${l.scenario} | ${l.throughput} ${l.unit} | ${l.p50Ms} | ${l.p99Ms} | ${l.errors} | ${l.baseline} | ${l.baselineThroughput} | ${l.ratio === null ? '—' : `×${l.ratio}`} |`,
    ),
  ];
  const dashboardTable = [
    '| dashboard (one at a time) | pre-aggregated p50 ms | p99 ms | raw records p50 ms | p99 ms | speed-up | same result |',
    '| --- | ---: | ---: | ---: | ---: | ---: | --- |',
    ...dashboard.queries.map(
      (q) =>
        `| ${q.scenario} | ${q.aggregated.p50Ms} | ${q.aggregated.p99Ms} | ${q.naive.p50Ms} | ${q.naive.p99Ms} | ×${q.speedup} | ${q.agree ? 'yes' : '**no**'} |`,
    ),
  ];
  const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
  const scores = new Map(frontend.lighthouseRuns.map((l) => [l.name, l]));
  const frontendTable = [
    '| public page | JS (gzip) | CSS (gzip) | Lighthouse performance | accessibility | best practices |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...frontend.pages.map((p) => {
      const l = scores.get(p.name);
      return `| ${p.name} | ${kib(p.js.gzipBytes)} | ${kib(p.css.gzipBytes)} | ${l?.performance ?? '—'} | ${l?.accessibility ?? '—'} | ${l?.bestPractices ?? '—'} |`;
    }),
  ];
  console.log(`\n${table.join('\n')}\n\n${dashboardTable.join('\n')}\n\n${frontendTable.join('\n')}\n`);
  const loadSeconds = Object.values(dashboard.dataset.seconds).reduce((a, b) => a + b, 0);
  const datasetLoad =
    loadSeconds > 0
      ? `loaded in ${loadSeconds.toFixed(0)} s`
      : 'loaded beforehand by `pnpm bench:dataset`: load times in bench/results/dataset-<date>.json';
  const markdown = `# All benchmarks — ${date}

Produced by \`pnpm bench\` (bench/all.ts) at commit \`${report.commit}\`${report.uncommittedChanges ? ' (with uncommitted changes)' : ''}, in ${report.minutes} minutes.

- Machine: ${machine.cores} cores (${machine.cpu}), ${machine.memoryGiB} GiB memory, ${machine.platform}; Node ${report.node}.
- Database: ${report.postgres}, on the machine that also runs the servers and the load generator.
- Load: autocannon on loopback, ${directory.load.connections} connections, ${DURATION_S} s per line after a ${WARMUP_S} s warm-up${DURATION_S < 10 ? ' (a shortened run: BENCH_DURATION_S)' : ''}; the booking line is ${booking.booking.attempts} concurrent \`booking.book\` calls.
- Datasets: the generated network (${directory.dataset.generatedPlaces} places, ${directory.dataset.fabriques} fabriques) for the directory; with its
  workshops (${booking.dataset.activities} activities, ${booking.dataset.sessions} sessions, ${booking.dataset.bookings} bookings) for the home page, the catalogue and booking.
- Ratio: throughput over the baseline's, measured in the same run. The home page and the static file share one
  production server (its \`server.ts\`): the static file is what that server can do at best.
- Overbooked sessions after the booking line: **${report.overbookedSessions}**.
- Network dashboard: on the network-sized dataset (${dashboard.dataset.sessions} sessions, ${dashboard.dataset.bookings} bookings, ${dashboard.dataset.activityRecords} activity
  records; ${datasetLoad}). ${dashboard.servedNote}

${table.join('\n')}

## Dashboards, one at a time (${dashboard.source === 'repository' ? '`getDashboard` vs `getDashboardNaive`' : "the benchmark's own SQL"})

${dashboardTable.join('\n')}

## Front-end budget (production build; Lighthouse ${frontend.lighthouse}, ${frontend.chromium}, mobile defaults)

${frontendTable.join('\n')}

Details (JavaScript weights, query plans, p95, dataset load times) are in the JSON, and in \`pnpm bench:directory\` / \`pnpm bench:booking\` / \`pnpm bench:dashboard\` / \`pnpm bench:frontend\`.
`;
  await mkdir('bench/results', { recursive: true });
  const base = `bench/results/all-${date}`;
  await writeFile(`${base}.json`, `${JSON.stringify(report, null, 2)}\n`);
  await writeFile(`${base}.md`, markdown);
  console.log(`› wrote ${base}.json and ${base}.md`);
}

main().then(
  () => process.exit(process.exitCode ?? 0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
