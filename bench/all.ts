// One benchmark command (issue 8, issue 15): `pnpm bench`. A script, not a test — it asserts nothing on time.
// It first serves the site's production build on the generated network and its workshops and loads, with
// autocannon, a trivial page of that same server — `/accessibilite`, the layout and no data — then every
// public page (home, directory, place, catalogue, session, tools, resources), the trivial page again after
// each: each page's throughput over the trivial page's just before and after it (the mean of both runs) is
// printed with pass/fail against ×0.5 (issue 15). A static file of the same server is the ceiling. Then it
// runs the directory benchmark (bench/directory.ts), the booking and catalogue benchmark (bench/booking.ts),
// the dashboards and the front-end budget as they are, and writes one table: bench/results/all-<date>.{json,md}.
// Each step starts its own throw-away Postgres and takes the machine-wide e2e lock while it serves the apps.
// BENCH_DURATION_S (default 10) shortens every measured window, for a quick run on a shared machine;
// The `national` step measures the same pages on the national map's scale (20,000 places and their workshops;
// bookings scaled down to BENCH_NATIONAL_BOOKINGS, 200,000 by default: public pages read seat counts, not
// the bookings themselves).
// BENCH_ONLY=pages (a comma-separated list of pages, national, directory, booking, dashboard, frontend) runs only those
// steps and writes bench/results/all-<date>-partial.{json,md}; BENCH_SKIP_BUILD=1 serves the site's existing
// build in that step instead of building it.
import { type ChildProcess, execFileSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { availableParallelism, cpus, totalmem } from 'node:os';
import { createDb } from '@rf/db';
import { executeSql, migrate } from '@rf/db/migrate';
import { loadDemoData } from '@rf/db/seed/demo';
import { loadNetwork } from '@rf/db/seed/network';
import { loadNetworkCatalogue, NETWORK_SCALE_CATALOGUE } from '@rf/db/seed/network-catalogue';
import { loadReferenceData } from '@rf/db/seed/reference';
import { freePort } from '@rf/db/testing';
import { parisDay } from '@rf/domain/time/paris';
import {
  acquireLock,
  buildApps,
  serveApp,
  startThrowawayDatabase,
  stopServer,
  waitForHealth,
} from '../scripts/stack.ts';
import { runBookingBenchmark } from './booking.ts';
import { publicationSentence, runDashboardBenchmark } from './dashboard.ts';
import { DATASET_PRESETS } from './dataset.ts';
import {
  busiestServiceFilter,
  directoryScenarios,
  firstLink,
  load,
  type Measure,
  runDirectoryBenchmark,
} from './directory.ts';
import { runFrontendBenchmark } from './frontend.ts';
import { scriptsOf } from './page-scripts.ts';
import { benchServerEnv } from './server-env.ts';

const DURATION_S = Number(process.env.BENCH_DURATION_S ?? 10);
const WARMUP_S = 2;
const STEPS = ['pages', 'national', 'directory', 'booking', 'dashboard', 'frontend'] as const;
type Step = (typeof STEPS)[number];
const ONLY = (process.env.BENCH_ONLY ?? '')
  .split(',')
  .map((step) => step.trim())
  .filter(Boolean);
for (const step of ONLY)
  if (!STEPS.includes(step as Step))
    throw new Error(`BENCH_ONLY: unknown step ${step} (${STEPS.join(', ')})`);
const runs = (step: Step) => ONLY.length === 0 || ONLY.includes(step);

/** The trivial page: the layout and no data, on the same production server (issue 15's reference). */
const TRIVIAL_PATH = '/accessibilite';
/** Every public page must serve at least this share of the trivial page's throughput (issue 15). */
const TRIVIAL_GOAL = 0.5;
/** `booking.book` under contention must serve at least this share of the bare engine's bookings (issue 15). */
const BOOKING_GOAL = 0.7;

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
  /** The least ratio the issue asks for, when it asks for one; and whether this run meets it. */
  goal: number | null;
  pass: boolean | null;
}

function line(
  group: string,
  scenario: string,
  measured: { throughput: number; p50Ms: number; p99Ms: number; errors: number },
  baseline: string,
  baselineThroughput: number,
  unit: Line['unit'] = 'req/s',
  goal: number | null = null,
): Line {
  const ratio = baselineThroughput > 0 ? round(measured.throughput / baselineThroughput) : null;
  return {
    group,
    scenario,
    unit,
    ...measured,
    baseline,
    baselineThroughput,
    ratio,
    goal,
    // Unrounded, so that ×0.499 is not passed as ×0.5; a page that answered errors does not pass.
    pass:
      goal === null
        ? null
        : baselineThroughput > 0 && measured.errors === 0 && measured.throughput / baselineThroughput >= goal,
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
  const [js] = scriptsOf(html);
  const asset = css ?? js;
  if (!asset) throw new Error('the home page links no built asset');
  return new URL(asset, origin).pathname;
}

/** Catalogue pages, as bench/booking.ts measures them against their bare SQL. */
const CATALOGUE_SCENARIOS = [
  { name: 'catalogue: next 30 days, no filter', path: '/ateliers' },
  { name: 'catalogue: theme + free only', path: '/ateliers?theme=email&gratuit=1' },
  { name: 'catalogue: text search with a typo', path: `/ateliers?q=${encodeURIComponent('impresion 3d')}` },
  { name: 'catalogue: near a commune, 50 km', path: '/ateliers?pres=Concarneau&rayon=50' },
];

interface PageMeasure {
  name: string;
  path: string;
  measure: Measure;
  /** The trivial page's throughput around this page: the mean of its runs just before and just after. */
  reference: number;
}

/**
 * Every public page against the trivial page of the same server, on the network and its workshops; and the
 * static ceiling. The trivial page is loaded first and again after every page: a page's reference is the mean
 * of the runs just before and after it, so the machine's drift over the run (a third, on a shared VM) does not
 * land on the pages measured last; the runs' spread says how noisy the machine was.
 */
async function publicPages(scale: 'network' | 'national') {
  const database = await startThrowawayDatabase('rf-bench-all-');
  const servers: ChildProcess[] = [];
  try {
    console.log(`› public pages (${scale}): loading the generated network and its workshops`);
    await migrate(database.url);
    const db = createDb(database.url, { max: 4 });
    let serviceFilter: { service: string; departement: string };
    try {
      const firstDay = parisDay(new Date(Date.now() + 86_400_000));
      await loadReferenceData(db);
      if (scale === 'national') {
        const size = DATASET_PRESETS.national;
        await loadNetwork(db, { places: size.places, fabriques: size.fabriques });
        await loadDemoData(db);
        await loadNetworkCatalogue(db, {
          ...NETWORK_SCALE_CATALOGUE,
          sessionsPerActivity: size.sessionsPerActivity,
          pastWeeks: size.pastWeeks,
          bookings: Number(process.env.BENCH_NATIONAL_BOOKINGS ?? 200_000),
          firstDay,
        });
      } else {
        await loadNetwork(db);
        await loadDemoData(db);
        await loadNetworkCatalogue(db, { firstDay });
      }
      await executeSql(database.url, 'vacuum analyze');
      serviceFilter = (await busiestServiceFilter(db)).serviceFilter;
    } finally {
      await db.destroy();
    }
    const release = await acquireLock();
    try {
      // BENCH_SKIP_BUILD: serve the build already in apps/site/build (e.g. while another package's typecheck,
      // which the turbo build waits for, is broken by work under way).
      if (process.env.BENCH_SKIP_BUILD)
        console.log('› serving the existing production build (BENCH_SKIP_BUILD)');
      else {
        console.log('› building the site for production');
        buildApps(['site']);
      }
      const port = await freePort();
      const site = `http://127.0.0.1:${port}`;
      servers.push(serveApp('site', port, benchServerEnv(database.url, site), { quiet: true }));
      await waitForHealth(site, servers[0] as ChildProcess);
      const asset = await staticAssetOf(site);
      const directory = directoryScenarios(serviceFilter);
      const pages = [
        { name: 'home', path: '/' },
        { name: 'directory: no filter', path: '/lieux' },
        ...directory.map((s) => ({ name: `directory: ${s.name}`, path: s.path })),
        ...CATALOGUE_SCENARIOS,
        { name: 'session page', path: await firstLink(site, '/ateliers', '/seances/') },
        { name: 'tools', path: '/outils' },
        { name: 'resources', path: '/ressources' },
      ];
      const measureOf = async (path: string) => {
        const answer = await fetch(`${site}${path}`);
        if (!answer.ok) throw new Error(`${path}: ${answer.status}`);
        await load(`${site}${path}`, WARMUP_S);
        return load(`${site}${path}`, DURATION_S);
      };
      const ceiling = await measureOf(asset);
      console.log(`  ceiling (${asset}): ${ceiling.requestsPerSecond} req/s`);
      const trivialRuns = [await measureOf(TRIVIAL_PATH)];
      console.log(`  trivial page (${TRIVIAL_PATH}): ${trivialRuns[0]?.requestsPerSecond} req/s`);
      const measured: PageMeasure[] = [];
      for (const page of pages) {
        const measure = await measureOf(page.path);
        const before = trivialRuns.at(-1) as Measure;
        const after = await measureOf(TRIVIAL_PATH);
        trivialRuns.push(after);
        const reference = round((before.requestsPerSecond + after.requestsPerSecond) / 2, 1);
        measured.push({ ...page, measure, reference });
        console.log(
          `  ${page.name} (${page.path}): ${measure.requestsPerSecond} req/s, p50 ${measure.p50Ms} ms; trivial page after it ${after.requestsPerSecond} req/s`,
        );
      }
      const throughputs = trivialRuns.map((run) => run.requestsPerSecond);
      const mean = throughputs.reduce((a, b) => a + b, 0) / throughputs.length;
      const trivial = {
        path: TRIVIAL_PATH,
        first: trivialRuns[0] as Measure,
        last: trivialRuns.at(-1) as Measure,
        runs: throughputs,
        requestsPerSecond: round(mean, 1),
        /** The runs' range over their mean: the noise of this run. */
        spread: round((Math.max(...throughputs) - Math.min(...throughputs)) / Math.max(1, mean)),
      };
      return { scale, asset, ceiling, trivial, pages: measured };
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
  const pages = runs('pages') ? await publicPages('network') : null;
  const national = runs('national') ? await publicPages('national') : null;
  const directory = runs('directory') ? await runDirectoryBenchmark({ write: false }) : null;
  const booking = runs('booking') ? await runBookingBenchmark({ write: false }) : null;
  const dashboard = runs('dashboard') ? await runDashboardBenchmark({ write: false }) : null;
  // The front-end report does not depend on BENCH_DURATION_S: its dated files are written here too.
  const frontend = runs('frontend') ? await runFrontendBenchmark({ write: true }) : null;

  const trivialName = `trivial page \`${TRIVIAL_PATH}\` (layout, no data)`;
  const lines: Line[] = [
    ...(pages
      ? [
          line(
            'page ceiling',
            `static file \`${pages.asset}\``,
            fromMeasure(pages.ceiling),
            'itself',
            pages.ceiling.requestsPerSecond,
          ),
          line(
            'trivial page',
            `\`${TRIVIAL_PATH}\`, first run`,
            fromMeasure(pages.trivial.first),
            'static file',
            pages.ceiling.requestsPerSecond,
          ),
          line(
            'trivial page',
            `\`${TRIVIAL_PATH}\`, last run`,
            fromMeasure(pages.trivial.last),
            'static file',
            pages.ceiling.requestsPerSecond,
          ),
          ...pages.pages.map((p) =>
            line(
              'public page',
              `${p.name} (\`${p.path}\`)`,
              fromMeasure(p.measure),
              trivialName,
              p.reference,
              'req/s',
              TRIVIAL_GOAL,
            ),
          ),
        ]
      : []),
    ...(national
      ? [
          line(
            'national: trivial page',
            `\`${TRIVIAL_PATH}\`, mean of its runs`,
            {
              throughput: national.trivial.requestsPerSecond,
              p50Ms: national.trivial.first.p50Ms,
              p99Ms: Math.max(national.trivial.first.p99Ms, national.trivial.last.p99Ms),
              errors: national.trivial.first.errors + national.trivial.last.errors,
            },
            'static file',
            national.ceiling.requestsPerSecond,
          ),
          ...national.pages.map((p) =>
            line(
              'national: public page',
              `${p.name} (\`${p.path}\`)`,
              fromMeasure(p.measure),
              trivialName,
              p.reference,
              'req/s',
              TRIVIAL_GOAL,
            ),
          ),
        ]
      : []),
    ...(directory?.lines.map((l) =>
      line(
        'directory',
        `${l.scenario} (\`${l.path}\`)`,
        fromMeasure(l.site),
        'same SQL, bare node:http',
        l.baseline.requestsPerSecond,
      ),
    ) ?? []),
    ...(booking?.catalogue.lines.map((l) =>
      line(
        'catalogue',
        `${l.scenario} (\`${l.path}\`)`,
        fromMeasure(l.site),
        'same SQL, bare node:http',
        l.baseline.requestsPerSecond,
      ),
    ) ?? []),
    ...(booking
      ? [
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
            BOOKING_GOAL,
          ),
        ]
      : []),
    ...(dashboard?.served.map((s) =>
      line(
        'network dashboard',
        s.scenario,
        fromMeasure(s.measured),
        s.baseline,
        s.baselineMeasure.requestsPerSecond,
        'req/s',
        s.goal ?? null,
      ),
    ) ?? []),
  ];
  const goals = lines.filter((l) => l.goal !== null);
  const pageGoals = goals.filter((l) => l.group.endsWith('public page'));
  const passed = pageGoals.filter((l) => l.pass).length;

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
    steps: STEPS.filter(runs),
    minutes: round((Date.now() - began) / 60_000, 1),
    // Issue 15: every public page at least ×0.5 the trivial page of the same server, in this run.
    trivialPage: pages
      ? {
          ...pages.trivial,
          goal: TRIVIAL_GOAL,
          passed,
          of: pageGoals.length,
          failing: pageGoals.filter((l) => !l.pass).map((l) => `${l.group}: ${l.scenario}`),
        }
      : null,
    nationalTrivialPage: national ? national.trivial : null,
    lines,
    overbookedSessions: booking?.booking.overbookedSessions ?? null,
    // The full reports of the benchmarks, with their datasets, JavaScript weights and query plans.
    directory,
    booking,
    dashboard,
    frontend: frontend ? { ...frontend, pages: frontend.pages.map(({ assets: _, ...page }) => page) } : null,
  };

  const verdict = (l: Line) => (l.pass === null ? '' : l.pass ? 'pass' : '**fail**');
  const table = [
    '| group | scenario | throughput | p50 ms | p99 ms | errors | baseline | baseline throughput | ratio | goal |',
    '| --- | --- | ---: | ---: | ---: | ---: | --- | ---: | ---: | --- |',
    ...lines.map(
      (l) =>
        `| ${l.group} | ${l.scenario} | ${l.throughput} ${l.unit} | ${l.p50Ms} | ${l.p99Ms} | ${l.errors} | ${l.baseline} | ${l.baselineThroughput} | ${l.ratio === null ? '—' : `×${l.ratio}`} | ${l.goal === null ? '' : `≥ ×${l.goal}: ${verdict(l)}`} |`,
    ),
  ];
  const trivialOf = (run: NonNullable<typeof pages>, label: string) =>
    `${label}: the trivial page \`${TRIVIAL_PATH}\` of the same server served ${run.trivial.requestsPerSecond} req/s on average over its ${run.trivial.runs.length} runs (${Math.min(...run.trivial.runs)} to ${Math.max(...run.trivial.runs)}: ${Math.round(run.trivial.spread * 100)} % apart).`;
  const trivialSummary = [
    pages ? trivialOf(pages, 'Network (1,800 places)') : '',
    national
      ? trivialOf(national, `National (${DATASET_PRESETS.national.places.toLocaleString('en')} places)`)
      : '',
    pageGoals.length > 0
      ? `Public pages: **${passed} of ${pageGoals.length}** at ×${TRIVIAL_GOAL} of their trivial page or better.`
      : '',
    goals.length > pageGoals.length
      ? `Every ratio the issue sets in the table below: **${goals.filter((l) => l.pass).length} of ${goals.length}** met.`
      : '',
  ]
    .filter(Boolean)
    .join(' ');
  const dashboardTable = dashboard
    ? [
        '| dashboard (one at a time) | pre-aggregated p50 ms | p99 ms | raw records p50 ms | p99 ms | speed-up | same result | goal (issue 15) |',
        '| --- | ---: | ---: | ---: | ---: | ---: | --- | --- |',
        ...dashboard.queries.map(
          (q) =>
            `| ${q.scenario} | ${q.aggregated.p50Ms} | ${q.aggregated.p99Ms} | ${q.naive.p50Ms} | ${q.naive.p99Ms} | ×${q.speedup} | ${q.agree ? 'yes' : '**no**'} | ${q.goal === null ? '—' : `×${q.goal}: ${q.meetsGoal ? 'pass' : '**fail**'}`} |`,
        ),
      ]
    : [];
  const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
  const scores = new Map((frontend?.lighthouseRuns ?? []).map((l) => [l.name, l]));
  const frontendTable = frontend
    ? [
        '| public page | JS (gzip) | CSS (gzip) | Lighthouse performance | accessibility | best practices |',
        '| --- | ---: | ---: | ---: | ---: | ---: |',
        ...frontend.pages.map((p) => {
          const l = scores.get(p.name);
          return `| ${p.name} | ${kib(p.js.gzipBytes)} | ${kib(p.css.gzipBytes)} | ${l?.performance ?? '—'} | ${l?.accessibility ?? '—'} | ${l?.bestPractices ?? '—'} |`;
        }),
      ]
    : [];
  console.log(
    `\n${[trivialSummary, table.join('\n'), dashboardTable.join('\n'), frontendTable.join('\n')].filter(Boolean).join('\n\n')}\n`,
  );
  const loadSeconds = dashboard ? Object.values(dashboard.dataset.seconds).reduce((a, b) => a + b, 0) : 0;
  const datasetLoad =
    loadSeconds > 0
      ? `loaded in ${loadSeconds.toFixed(0)} s`
      : 'loaded beforehand by `pnpm bench:dataset`: load times in bench/results/dataset-<date>.json';
  const connections = directory?.load.connections ?? Number(process.env.BENCH_CONNECTIONS ?? 4);
  const markdown = `# All benchmarks — ${date}

Produced by \`pnpm bench\` (bench/all.ts) at commit \`${report.commit}\`${report.uncommittedChanges ? ' (with uncommitted changes)' : ''}, in ${report.minutes} minutes${ONLY.length > 0 ? `; only these steps: ${report.steps.join(', ')} (BENCH_ONLY)` : ''}.

- Machine: ${machine.cores} cores (${machine.cpu}), ${machine.memoryGiB} GiB memory, ${machine.platform}; Node ${report.node}.
- Database: ${report.postgres}, on the machine that also runs the servers and the load generator.
- Load: autocannon on loopback, ${connections} connections, ${DURATION_S} s per line after a ${WARMUP_S} s warm-up${DURATION_S < 10 ? ' (a shortened run: BENCH_DURATION_S)' : ''}${booking ? `; the booking line is ${booking.booking.attempts} concurrent \`booking.book\` calls` : ''}. Requests carry no
  \`If-None-Match\`: every page is rendered in full, as for a first visit (no 304).
${
  pages || national
    ? `- Public pages: one production server (the site's \`server.ts\`) on the generated network, the demo data and the
  network's workshops${national ? ` — and again on the national map's scale (${DATASET_PRESETS.national.places.toLocaleString('en')} places and their workshops, lines "national: …")` : ''}. The trivial page \`${TRIVIAL_PATH}\` (the accessibility statement: the layout and no data)
  is loaded before the first page and again after each; a page's ratio is over the mean of the runs just before and
  after it (its baseline throughput), and the issue asks for ×${TRIVIAL_GOAL} or better. The static file is what that server can do at best.
`
    : ''
}${
  directory && booking
    ? `- Datasets: the generated network (${directory.dataset.generatedPlaces} places, ${directory.dataset.fabriques} fabriques) for the directory; with its
  workshops (${booking.dataset.activities} activities, ${booking.dataset.sessions} sessions, ${booking.dataset.bookings} bookings) for the catalogue and booking.
`
    : ''
}${
  directory || booking
    ? '- Directory and catalogue lines: throughput over the same SQL on a bare `node:http` server.\n'
    : ''
}${booking ? `- Overbooked sessions after the booking line: **${report.overbookedSessions}**.\n` : ''}${
  dashboard
    ? `- Network dashboard: on the network-sized dataset (${dashboard.dataset.sessions} sessions, ${dashboard.dataset.bookings} bookings, ${dashboard.dataset.activityRecords} activity
  records; ${datasetLoad}). ${dashboard.servedNote}
`
    : ''
}
${trivialSummary}

${table.join('\n')}
${
  dashboard
    ? `
## Dashboards, one at a time (${dashboard.source === 'repository' ? '`getDashboard` vs `getDashboardNaive`' : "the benchmark's own SQL"})

${dashboardTable.join('\n')}
${dashboard.publication ? `\n${publicationSentence(dashboard.publication)}\n` : ''}`
    : ''
}${
  frontend
    ? `
## Front-end budget (production build; Lighthouse ${frontend.lighthouse}, ${frontend.chromium}, mobile defaults)

${frontendTable.join('\n')}
`
    : ''
}
Details (JavaScript weights, query plans, p95, dataset load times) are in the JSON, and in \`pnpm bench:directory\` / \`pnpm bench:booking\` / \`pnpm bench:dashboard\` / \`pnpm bench:frontend\`.
`;
  await mkdir('bench/results', { recursive: true });
  const base = `bench/results/all-${date}${ONLY.length > 0 ? '-partial' : ''}`;
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
