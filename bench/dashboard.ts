// Dashboard benchmark (issues 6 and 8): `pnpm bench:dashboard`. A script, not a test — it asserts nothing on
// time. On the network-sized dataset (bench/dataset.ts: 2 million activity records over three years), it
// times the network, a région and a place dashboard computed from the monthly pre-aggregates
// (`getDashboard`: the network roll-up and the place-level pre-aggregates) next to the same dashboard from raw
// records (`getDashboardNaive`), alternated in the same run — the network's also in the observers' view (the
// place-months a validated report covers; the dataset's reports are validated first when it has none, see
// `ensureValidatedReports`), each network line against the goal of issue 15 (≥ ×200); then it loads, with
// autocannon, the network dashboard on a bare node:http server running the same SQL
// (bench/dashboard-baseline-server.ts), and the public share page of the network (admin `/tableau/<token>`)
// against the trivial page of the same production server (`/connexion`: the layout, no data; issue 15's goal
// ≥ ×0.5), with the dataset's own validated reports (the benchmark's are taken away first).
// With the benchmark's validated reports still there, it times the publication's first computation (reading
// the exact counts, then suppressing each quarter: what a server does at its first share page after a
// restart, decision 077). BENCH_DASHBOARD_SHARE_VALIDATED=1 also loads the share page with them (a
// publication of the network's size: about half a minute of suppression at its first request).
// Results: bench/results/dashboard-<date>.{json,md}. BENCH_DURATION_S (default 10) shortens the loaded
// windows, BENCH_DASHBOARD_RUNS (default 15) and BENCH_DASHBOARD_BUDGET_S (default 60 s a scenario) the
// timed runs, BENCH_RECORDS the dataset; BENCH_DASHBOARD_SERVED_ONLY=1 skips the timed runs (the served lines
// alone, e.g. to compare two versions of the share page).
import type { ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { createDb } from '@rf/db';
import { migrate } from '@rf/db/migrate';
import { insertShareLink } from '@rf/db/reporting/dashboard-share-links.repository';
import {
  listPublicationPlaces,
  listPublicationQuarters,
  listPublicationRows,
} from '@rf/db/reporting/publication.repository';
import type { Tx } from '@rf/db/rls';
import { NETWORK_SCALE_ACTIVITY } from '@rf/db/seed/network-activity';
import { freePort } from '@rf/db/testing';
import type { DashboardRange, DashboardScope } from '@rf/domain/reporting/dashboard';
import { publishActivity, rowsByQuarter } from '@rf/domain/reporting/publication';
import { sql } from 'kysely';
import {
  acquireLock,
  buildApps,
  serveApp,
  spawnGroup,
  startThrowawayDatabase,
  stopServer,
  waitForHealth,
} from '../scripts/stack.ts';
import { type DashboardFunction, dashboardFunctions } from './dashboard-sql.ts';
import { type DatasetReport, loadNetworkDataset } from './dataset.ts';
import { load, type Measure } from './directory.ts';
import { machineOf, round } from './report.ts';
import { benchServerEnv } from './server-env.ts';

const DURATION_S = Number(process.env.BENCH_DURATION_S ?? 10);
const RUNS = Number(process.env.BENCH_DASHBOARD_RUNS ?? 15);
/** Raw records over a whole network take seconds a run: a scenario stops after this many seconds (3 runs at least). */
const BUDGET_S = Number(process.env.BENCH_DASHBOARD_BUDGET_S ?? 60);
const WARMUP_S = 2;
/** The last twelve months of the generated records, and their three years. */
const YEAR: DashboardRange = { from: '2025-11-01', to: NETWORK_SCALE_ACTIVITY.to };
const THREE_YEARS: DashboardRange = { from: NETWORK_SCALE_ACTIVITY.from, to: NETWORK_SCALE_ACTIVITY.to };

export interface Timing {
  runs: number;
  p50Ms: number;
  p99Ms: number;
  meanMs: number;
}

/** Issue 15: the network dashboard at least this many times faster than the raw computation. */
export const NETWORK_SPEEDUP_GOAL = 200;

export interface QueryLine {
  scenario: string;
  scope: DashboardScope;
  range: DashboardRange;
  /** The observers' view: only the place-months a validated report covers. */
  validatedOnly: boolean;
  participants: number;
  aggregated: Timing;
  naive: Timing;
  /** Naive median over pre-aggregated median: how many times faster the pre-aggregates answer. */
  speedup: number;
  /** Both computations gave the same dashboard (the same totals, for the fallback SQL). */
  agree: boolean;
  /** The speed-up this line must reach (network lines), and whether it did (with the same result). */
  goal: number | null;
  meetsGoal: boolean | null;
}

export interface ServedLine {
  scenario: string;
  path: string;
  measured: Measure;
  baseline: string;
  baselineMeasure: Measure;
  /** Throughput over the baseline's; null when the baseline answered nothing within the window. */
  ratio: number | null;
  /** The ratio this line must reach (the share page against the trivial page), and whether it did. */
  goal?: number;
  meetsGoal?: boolean;
}

/** Issue 15: a page at least this share of the trivial page's throughput on the same server. */
export const TRIVIAL_GOAL = 0.5;
/** The admin app's trivial page: the layout and a form, no database (decision 057). */
const TRIVIAL_PATH = '/connexion';

export interface DashboardReport {
  date: string;
  machine: ReturnType<typeof machineOf>;
  source: string;
  dataset: DatasetReport;
  queries: QueryLine[];
  served: ServedLine[];
  servedNote: string;
  /** The first computation of the publication with the benchmark's validated reports (null when skipped). */
  publication: PublicationTiming | null;
}

/**
 * What a server does at its first share page, observer dashboard or open-data download after a restart
 * (decisions 038 and 077): read the exact counts of every validated quarter, then suppress each quarter.
 */
export interface PublicationTiming {
  reports: number;
  quarters: number;
  places: number;
  cells: number;
  hidden: number;
  /** Reading the exact counts (the reference: what the first request costs at the least). */
  readSeconds: number;
  suppressSeconds: number;
  slowestQuarter: { quarter: string; seconds: number };
}

/** Times the publication's first computation, as the database owner (the service role reads the same rows). */
async function timePublication(url: string): Promise<PublicationTiming> {
  const db = createDb(url, { max: 1 });
  try {
    const started = performance.now();
    const { quarters, places, rows } = await db.transaction().execute(async (trx) => {
      const tx = trx as unknown as Tx;
      const quarters = await listPublicationQuarters(tx);
      return {
        quarters,
        places: await listPublicationPlaces(tx),
        rows: await listPublicationRows(
          tx,
          quarters.map((q) => q.quarter),
        ),
      };
    });
    const readSeconds = (performance.now() - started) / 1000;
    const rowsOf = rowsByQuarter(rows);
    let cells = 0;
    let hidden = 0;
    let suppressSeconds = 0;
    let slowestQuarter = { quarter: '', seconds: 0 };
    for (const { quarter } of quarters) {
      const start = performance.now();
      const published = publishActivity(places, rowsOf.get(quarter) ?? []).quarters[0];
      const seconds = (performance.now() - start) / 1000;
      suppressSeconds += seconds;
      if (seconds > slowestQuarter.seconds) slowestQuarter = { quarter, seconds: round(seconds, 2) };
      for (const figure of published?.figures.values() ?? []) {
        cells++;
        if (figure === null) hidden++;
      }
    }
    const reports =
      (
        await sql<{
          n: number;
        }>`select count(*)::int as n from public.reports where status = 'validated'`.execute(db)
      ).rows[0]?.n ?? 0;
    const timing = {
      reports,
      quarters: quarters.length,
      places: places.length,
      cells,
      hidden,
      readSeconds: round(readSeconds, 2),
      suppressSeconds: round(suppressSeconds, 2),
      slowestQuarter,
    };
    console.log(
      `  publication: ${reports} validated reports, ${timing.quarters} quarters, read in ${timing.readSeconds} s, suppressed in ${timing.suppressSeconds} s (slowest quarter ${slowestQuarter.quarter}: ${slowestQuarter.seconds} s)`,
    );
    return timing;
  } finally {
    await db.destroy();
  }
}

/** One sentence on the publication's first computation, for the reports. */
export function publicationSentence(p: PublicationTiming): string {
  return `The publication's first computation (what a server does at its first share page, observer dashboard or open-data download after a restart; decisions 038 and 077), with the benchmark's validated reports: ${p.reports} reports over ${p.quarters} quarters and ${p.places} places; reading their exact counts ${p.readSeconds} s, suppressing every quarter ${p.suppressSeconds} s (slowest quarter ${p.slowestQuarter.quarter}: ${p.slowestQuarter.seconds} s, the event loop free between quarters); ${p.hidden} of ${p.cells} figures hidden.`;
}

function percentile(sorted: number[], p: number) {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

function timing(samples: number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    runs: samples.length,
    p50Ms: round(percentile(sorted, 50)),
    p99Ms: round(percentile(sorted, 99)),
    meanMs: round(samples.reduce((a, b) => a + b, 0) / Math.max(1, samples.length)),
  };
}

/** The busiest région and place of the dataset (most records), so the scoped lines read real volumes. */
async function pickScopes(url: string) {
  const db = createDb(url, { max: 1 });
  try {
    const region = await sql<{ code: string; name: string }>`
      select c.region_code as code, rg.name from public.activity_records r
      join public.places p on p.id = r.place_id join public.communes c on c.code = p.commune_code
      join public.regions rg on rg.code = c.region_code
      group by 1, 2 order by count(*) desc limit 1`.execute(db);
    const place = await sql<{ id: string; name: string }>`
      select p.id, p.name from public.activity_records r join public.places p on p.id = r.place_id
      group by p.id order by count(*) desc limit 1`.execute(db);
    const r = region.rows[0];
    const p = place.rows[0];
    if (!r || !p) throw new Error('no activity records: load the dataset first');
    return { region: r, place: p };
  } finally {
    await db.destroy();
  }
}

/** Marks the reports the benchmark validates for the observers' view, so that it can take them away again. */
const BENCH_REPORT = "bench: the observers' view (bench/dashboard.ts)";

/**
 * Takes the benchmark's validated reports away (a validated report is locked, decision 036: the owner sets
 * the workflow aside to delete its own).
 */
async function removeBenchReports(url: string) {
  const cleanup = createDb(url, { max: 1 });
  try {
    await cleanup.transaction().execute(async (tx) => {
      await sql`alter table public.reports disable trigger reports_workflow`.execute(tx);
      await sql`delete from public.reports where review_comment = ${BENCH_REPORT}`.execute(tx);
      await sql`alter table public.reports enable trigger reports_workflow`.execute(tx);
    });
  } finally {
    await cleanup.destroy();
  }
}

/**
 * The observers' view needs validated reports: when the dataset's places have none, two places in three get
 * every quarter of the three years validated but the last two (written as the database owner, one statement:
 * the roll-up's triggers move those place-months to the validated state). Returns a function that takes them
 * away again (the share page and the rest of `pnpm bench` then read the dataset as loaded).
 */
async function ensureValidatedReports(url: string): Promise<{ added: boolean; remove: () => Promise<void> }> {
  // An interrupted run leaves its reports behind: they are not the dataset's, and would be taken for them.
  await removeBenchReports(url);
  const db = createDb(url, { max: 1 });
  try {
    const validated = async () =>
      (
        await sql<{ n: number }>`
          select count(*)::int as n from private.validated_activity_months v
          join public.places p on p.id = v.place_id where p.slug like 'reseau-%'`.execute(db)
      ).rows[0]?.n ?? 0;
    if ((await validated()) > 0) return { added: false, remove: async () => {} };
    const start = performance.now();
    await sql`
      insert into public.reports (place_id, period, period_start, status, submitted_at, reviewed_at,
        review_comment)
      select p.id, 'quarter', q::date, 'validated', now(), now(), ${BENCH_REPORT}
      from (select id, row_number() over (order by id) as n from public.places where slug like 'reseau-%') p
      cross join generate_series(date_trunc('quarter', ${NETWORK_SCALE_ACTIVITY.from}::date),
        date_trunc('quarter', ${NETWORK_SCALE_ACTIVITY.to}::date - 1) - interval '6 months', interval '3 months') q
      where p.n % 3 <> 0
      on conflict (place_id, period, period_start) do nothing`.execute(db);
    await sql`analyze public.reports, public.activity_place_monthly_totals, public.activity_network_monthly`.execute(
      db,
    );
    const months = await validated();
    console.log(
      `› validated reports for the observers' view: ${months} place-months, ${round((performance.now() - start) / 1000, 1)} s`,
    );
    let removed = false;
    const remove = async () => {
      if (removed) return;
      removed = true;
      await removeBenchReports(url);
    };
    return { added: true, remove };
  } finally {
    await db.destroy();
  }
}

/** Times both computations, alternated run by run so that the machine's load weighs on both alike. */
async function timeQueries(
  url: string,
  scenarios: {
    scenario: string;
    scope: DashboardScope;
    range: DashboardRange;
    validatedOnly?: boolean;
    goal?: number;
  }[],
): Promise<{ source: string; lines: QueryLine[] }> {
  const functions = await dashboardFunctions();
  console.log(`› dashboard computations: ${functions.source}`);
  const db = createDb(url, { max: 1 });
  const once = async (
    compute: DashboardFunction,
    scope: DashboardScope,
    range: DashboardRange,
    validatedOnly: boolean,
  ) => {
    const start = performance.now();
    const result = await db.transaction().execute((tx) => compute(tx, scope, range, { validatedOnly }));
    return { ms: performance.now() - start, result };
  };
  try {
    const lines: QueryLine[] = [];
    for (const { scenario, scope, range, validatedOnly = false, goal } of scenarios) {
      const a = await once(functions.aggregated, scope, range, validatedOnly);
      const n = await once(functions.naive, scope, range, validatedOnly);
      const samples = { aggregated: [] as number[], naive: [] as number[] };
      const began = performance.now();
      for (let run = 0; run < RUNS && (run < 3 || performance.now() - began < BUDGET_S * 1000); run += 1) {
        samples.aggregated.push((await once(functions.aggregated, scope, range, validatedOnly)).ms);
        samples.naive.push((await once(functions.naive, scope, range, validatedOnly)).ms);
      }
      const line: QueryLine = {
        scenario,
        scope,
        range,
        validatedOnly,
        participants: a.result.totals.participants,
        aggregated: timing(samples.aggregated),
        naive: timing(samples.naive),
        speedup: 0,
        // The repository's two computations return the whole dashboard: it must be the same, figure for figure.
        agree:
          functions.source === 'repository'
            ? isDeepStrictEqual(a.result, n.result)
            : a.result.totals.participants === n.result.totals.participants &&
              a.result.totals.records === n.result.totals.records,
        goal: goal ?? null,
        meetsGoal: null,
      };
      line.speedup = round(line.naive.p50Ms / Math.max(0.01, line.aggregated.p50Ms), 1);
      if (goal) line.meetsGoal = line.agree && line.speedup >= goal;
      lines.push(line);
      console.log(
        `  ${scenario}: pre-aggregated p50 ${line.aggregated.p50Ms} ms · raw records p50 ${line.naive.p50Ms} ms (×${line.speedup})${line.agree ? '' : ' — TOTALS DIFFER'}${goal ? ` — goal ×${goal}: ${line.meetsGoal ? 'pass' : 'FAIL'}` : ''}`,
      );
    }
    return { source: functions.source, lines };
  } finally {
    await db.destroy();
  }
}

/**
 * The served network dashboard: the bare server, pre-aggregated against raw records; then, when an app
 * declares `/tableau/:token` and the repository can make a link, the public share page against the trivial
 * page of the same server (loaded first and last: the reference is the mean of both). The share page is
 * loaded as the dataset was loaded, once `validated.remove()` took the benchmark's reports away; with
 * BENCH_DASHBOARD_SHARE_VALIDATED=1, also before, with them (a publication of the network's size).
 */
async function servedLines(
  url: string,
  validated: { added: boolean; remove: () => Promise<void> },
): Promise<{ lines: ServedLine[]; note: string }> {
  const servers: ChildProcess[] = [];
  const baselinePort = await freePort();
  const baseline = `http://127.0.0.1:${baselinePort}`;
  const env = benchServerEnv(url);
  try {
    servers.push(
      spawnGroup(join(process.cwd(), 'node_modules/.bin/tsx'), ['bench/dashboard-baseline-server.ts'], {
        stdio: ['ignore', 'inherit', 'inherit'],
        env: { ...env, PORT: String(baselinePort) },
      }),
    );
    await waitForHealth(baseline, servers[0] as ChildProcess);
    const query = new URLSearchParams({ scope: 'network', ...YEAR });
    const measure = async (target: string) => {
      const check = await fetch(target);
      if (!check.ok) throw new Error(`${target} answered ${check.status}`);
      await load(target, WARMUP_S);
      return load(target, DURATION_S);
    };
    const aggregated = await measure(`${baseline}/dashboard?impl=aggregated&${query}`);
    console.log(`  bare server, pre-aggregated: ${aggregated.requestsPerSecond} req/s`);
    const naive = await measure(`${baseline}/dashboard?impl=naive&${query}`);
    console.log(`  bare server, raw records: ${naive.requestsPerSecond} req/s`);
    const lines: ServedLine[] = [
      {
        scenario: 'network dashboard, last 12 months, pre-aggregated (bare node:http, JSON)',
        path: `/dashboard?impl=aggregated&${query}`,
        measured: aggregated,
        baseline: 'same dashboard from raw records, bare node:http',
        baselineMeasure: naive,
        ratio:
          naive.requestsPerSecond > 0 ? round(aggregated.requestsPerSecond / naive.requestsPerSecond) : null,
      },
    ];
    // The raw computation takes seconds a request: what autocannon left in flight would still run in
    // Postgres while the trivial page is loaded, and make the reference (hence the ratio) say nothing.
    await stopServer(servers[0] as ChildProcess);
    await quietDatabase(url);
    const share = await sharePage(url);
    if (!share) {
      return {
        lines,
        note: 'No app serves a public share page of a dashboard (`/tableau/:token`): not measured.',
      };
    }
    const release = await acquireLock();
    try {
      console.log(`› building the ${share.app} app for production`);
      buildApps([share.app]);
      const port = await freePort();
      const origin = `http://127.0.0.1:${port}`;
      const app = serveApp(
        share.app,
        port,
        {
          ...env,
          SITE_URL: share.app === 'site' ? origin : 'http://127.0.0.1:1',
          ADMIN_URL: share.app === 'admin' ? origin : 'http://127.0.0.1:1',
        },
        { quiet: true },
      );
      servers.push(app);
      await waitForHealth(origin, app);
      const trivialFirst = await measure(`${origin}${TRIVIAL_PATH}`);
      console.log(`  trivial page ${TRIVIAL_PATH}: ${trivialFirst.requestsPerSecond} req/s`);
      const pages: { scenario: string; measured: Measure }[] = [];
      const sharePageOf = async (what: string) => {
        const measured = await measure(`${origin}${share.path}`);
        console.log(`  share page ${share.path} (${what}): ${measured.requestsPerSecond} req/s`);
        pages.push({
          scenario: `network dashboard, public share page (${share.app} \`/tableau/<token>\`, last 12 months, ${what})`,
          measured,
        });
      };
      if (validated.added && process.env.BENCH_DASHBOARD_SHARE_VALIDATED === '1') {
        await sharePageOf(`${await publicationSize(url)}, the benchmark's included`);
      }
      await validated.remove();
      await sharePageOf(`${await publicationSize(url)}, as loaded`);
      const trivialLast = await measure(`${origin}${TRIVIAL_PATH}`);
      console.log(`  trivial page again: ${trivialLast.requestsPerSecond} req/s`);
      // The reference is the mean of both trivial runs, with the figures of the first (p50, errors).
      const trivial: Measure = {
        ...trivialFirst,
        requestsPerSecond: round((trivialFirst.requestsPerSecond + trivialLast.requestsPerSecond) / 2, 1),
      };
      for (const page of pages) {
        const ratio =
          trivial.requestsPerSecond > 0
            ? round(page.measured.requestsPerSecond / trivial.requestsPerSecond)
            : null;
        lines.push({
          scenario: page.scenario,
          path: '/tableau/<token>',
          measured: page.measured,
          baseline: `trivial page \`${TRIVIAL_PATH}\` of the same server (mean of ${trivialFirst.requestsPerSecond} and ${trivialLast.requestsPerSecond})`,
          baselineMeasure: trivial,
          ratio,
          goal: TRIVIAL_GOAL,
          meetsGoal: ratio !== null && ratio >= TRIVIAL_GOAL && page.measured.errors === 0,
        });
      }
      return { lines, note: share.note };
    } catch (error) {
      // A build broken by work in progress elsewhere must not lose the rest of the report.
      const reason = error instanceof Error ? error.message : String(error);
      console.error(`  share page not measured: ${reason}`);
      return { lines, note: `The share page could not be measured in this run: ${reason}.` };
    } finally {
      await release();
    }
  } finally {
    await Promise.all(servers.map(stopServer));
  }
}

/**
 * Cancels the statements other connections still run (the bare server's raw computations, once its load
 * is over) and waits until none is left, so that what is measured next has the machine to itself.
 */
async function quietDatabase(url: string) {
  const db = createDb(url, { max: 1 });
  try {
    for (let attempt = 0; attempt < 60; attempt += 1) {
      const active = await sql<{ n: number }>`
        select count(pg_cancel_backend(pid))::int as n from pg_stat_activity
        where pid <> pg_backend_pid() and datname = current_database() and state = 'active'
          and backend_type = 'client backend'`.execute(db);
      if ((active.rows[0]?.n ?? 0) === 0) return;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    console.warn('  the database is still busy after 30 s: the share page is measured anyway');
  } finally {
    await db.destroy();
  }
}

/** What the share page's publication holds: validated reports and the quarters they cover. */
async function publicationSize(url: string): Promise<string> {
  const db = createDb(url, { max: 1 });
  try {
    const { rows } = await sql<{ reports: number; quarters: number }>`
      select count(*)::int as reports, count(distinct date_trunc('quarter', period_start))::int as quarters
      from public.reports where status = 'validated'`.execute(db);
    const { reports = 0, quarters = 0 } = rows[0] ?? {};
    return `${reports} validated reports, ${quarters} quarters`;
  } finally {
    await db.destroy();
  }
}

/** The public link of the network dashboard the served line loads (the table keeps only its hash). */
const SHARE_TOKEN = 'bench-dashboard-share-token-000000000000000';

/**
 * A share link of the network dashboard of the last 12 months, made through the repository, and the app
 * that serves `/tableau/:token` — null while no app declares that route.
 */
async function sharePage(url: string): Promise<{ app: 'site' | 'admin'; path: string; note: string } | null> {
  let serving: 'site' | 'admin' | undefined;
  for (const name of ['site', 'admin'] as const) {
    const routes = await readFile(join(process.cwd(), `apps/${name}/app/routes.ts`), 'utf8');
    if (/['"]tableau\/:token['"]/.test(routes)) serving ??= name;
  }
  if (!serving) return null;
  const db = createDb(url, { max: 1 });
  try {
    const tokenHash = createHash('sha256').update(SHARE_TOKEN).digest('hex');
    await db.transaction().execute(async (tx) => {
      await sql`delete from public.dashboard_share_links where token_hash = ${tokenHash}`.execute(tx);
      await insertShareLink(tx, { tokenHash, scope: { kind: 'network' }, range: YEAR, days: 365 });
    });
  } finally {
    await db.destroy();
  }
  return {
    app: serving,
    path: `/tableau/${SHARE_TOKEN}`,
    note: `The share page renders the network dashboard of the last 12 months as HTML for anyone with the link: the one publication of decision 038 (validated quarters, statistical secrecy applied), kept per server instance for the publication's version (decision 064). Its reference is the trivial page of the same production server (\`${TRIVIAL_PATH}\`), loaded before and after it; goal ≥ ×${TRIVIAL_GOAL} (issue 15).`,
  };
}

/** A database already loaded by `BENCH_KEEP=1 pnpm bench:dataset`: what it holds, no load time. */
async function describeDataset(url: string): Promise<DatasetReport> {
  const db = createDb(url, { max: 1 });
  try {
    const { rows } = await sql<Omit<DatasetReport, 'seconds'>>`
      select (select count(*)::int from public.places where slug like 'reseau-%') as places,
        (select count(*)::int from public.places where slug like 'reseau-%' and hub_fabrique_id is null) as fabriques,
        (select count(*)::int from public.activities) as activities,
        (select count(*)::int from public.sessions) as sessions,
        (select count(*)::int from public.bookings) as bookings,
        (select count(*)::int from public.activity_records) as "activityRecords",
        (select count(*)::int from public.activity_monthly_aggregates) as "aggregateRows"`.execute(db);
    return { ...(rows[0] as Omit<DatasetReport, 'seconds'>), seconds: {} };
  } finally {
    await db.destroy();
  }
}

export async function runDashboardBenchmark({ write = true } = {}): Promise<DashboardReport> {
  const kept = process.env.BENCH_DATABASE_URL;
  const database = kept
    ? { url: kept, dispose: async () => {} }
    : await startThrowawayDatabase('rf-bench-dashboard-');
  try {
    let dataset: DatasetReport;
    if (kept) {
      dataset = await describeDataset(kept);
    } else {
      await migrate(database.url);
      dataset = await loadNetworkDataset(database.url, {
        records: Number(process.env.BENCH_RECORDS ?? NETWORK_SCALE_ACTIVITY.records),
      });
    }
    const { region, place } = await pickScopes(database.url);
    const validated = await ensureValidatedReports(database.url);
    const network = { kind: 'network' } as const;
    const goal = NETWORK_SPEEDUP_GOAL;
    const servedOnly = process.env.BENCH_DASHBOARD_SERVED_ONLY === '1';
    const { source, lines } = await timeQueries(
      database.url,
      servedOnly
        ? []
        : [
            { scenario: 'network, last 12 months', scope: network, range: YEAR, goal },
            { scenario: 'network, three years', scope: network, range: THREE_YEARS, goal },
            {
              scenario: "network, observers' view (validated months), last 12 months",
              scope: network,
              range: YEAR,
              validatedOnly: true,
              goal,
            },
            {
              scenario: "network, observers' view (validated months), three years",
              scope: network,
              range: THREE_YEARS,
              validatedOnly: true,
              goal,
            },
            {
              scenario: `région ${region.name}, last 12 months`,
              scope: { kind: 'region', code: region.code },
              range: YEAR,
            },
            {
              scenario: `busiest place, last 12 months`,
              scope: { kind: 'place', placeId: place.id },
              range: YEAR,
            },
          ],
    ).catch(async (error: unknown) => {
      await validated.remove();
      throw error;
    });
    const publication =
      validated.added && !servedOnly
        ? await timePublication(database.url).catch(async (error: unknown) => {
            await validated.remove();
            throw error;
          })
        : null;
    const served = await servedLines(database.url, validated).finally(validated.remove);
    const report: DashboardReport = {
      date: new Date().toISOString().slice(0, 10),
      machine: machineOf(),
      source,
      dataset,
      queries: lines,
      served: served.lines,
      servedNote: served.note,
      publication,
    };
    if (write) await writeDashboardReport(report);
    return report;
  } finally {
    await database.dispose();
  }
}

async function writeDashboardReport(report: DashboardReport) {
  const { machine, dataset } = report;
  const queries = [
    '| dashboard | participants | pre-aggregated p50 ms | p99 ms | raw records p50 ms | p99 ms | speed-up | same result | goal |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |',
    ...report.queries.map(
      (q) =>
        `| ${q.scenario} | ${q.participants} | ${q.aggregated.p50Ms} | ${q.aggregated.p99Ms} | ${q.naive.p50Ms} | ${q.naive.p99Ms} | ×${q.speedup} | ${q.agree ? 'yes' : '**no**'} | ${q.goal === null ? '—' : `≥ ×${q.goal}: ${q.meetsGoal ? 'pass' : '**fail**'}`} |`,
    ),
  ];
  const served = [
    '| scenario | req/s | p50 ms | p99 ms | errors | baseline | baseline req/s | ratio | goal |',
    '| --- | ---: | ---: | ---: | ---: | --- | ---: | ---: | --- |',
    ...report.served.map(
      (s) =>
        `| ${s.scenario} | ${s.measured.requestsPerSecond} | ${s.measured.p50Ms} | ${s.measured.p99Ms} | ${s.measured.errors} | ${s.baseline} | ${s.baselineMeasure.requestsPerSecond} | ${s.ratio === null ? '— (nothing answered in time)' : `×${s.ratio}`} | ${s.goal === undefined ? '—' : `≥ ×${s.goal}: ${s.meetsGoal ? 'pass' : '**fail**'}`} |`,
    ),
  ];
  const markdown = `# Dashboard benchmark — ${report.date}

Produced by \`pnpm bench:dashboard\` (bench/dashboard.ts).

- Machine: ${machine.cores} cores (${machine.cpu}), ${machine.memoryGiB} GiB memory, ${machine.platform}; Node ${process.version}.
- Database: embedded PostgreSQL 17 (fsync off), on the machine that also runs the servers and the load generator.
- Dataset (bench/dataset.ts): ${dataset.places} places (${dataset.fabriques} fabriques), ${dataset.sessions} sessions, ${dataset.bookings} bookings,
  **${dataset.activityRecords} activity records** over three years, kept in ${dataset.aggregateRows} monthly pre-aggregate rows by the triggers of migration 20261123002800, rolled up per network month by those of 20261206121518 (decision 045).
- Load times (s): ${
    Object.entries(dataset.seconds)
      .map(([k, v]) => `${k} ${v}`)
      .join(' · ') ||
    'not measured in this run (a database loaded beforehand by `BENCH_KEEP=1 pnpm bench:dataset`: see its `dataset-<date>.json`)'
  }.
- Computations: ${report.source === 'repository' ? '`getDashboard` (network roll-up and place-level pre-aggregates) and `getDashboardNaive` (raw records) of packages/db/src/reporting/dashboard.repository.ts' : "the benchmark's own SQL (bench/dashboard-sql.ts): the repository had no `getDashboard`/`getDashboardNaive` yet"}, as the database owner, one transaction each, alternated up to ${RUNS} times (at most ${BUDGET_S} s a scenario, 3 runs at least) after one warm-up run.

## One dashboard at a time

${queries.join('\n')}

The observers' view lines keep only the place-months a validated report covers (\`validatedOnly\`): from the
network roll-up's validated rows, against raw records each looked up in \`reports\`. Network lines must be at
least ×${NETWORK_SPEEDUP_GOAL} faster than the raw computation with the same result (issue 15).
${report.publication ? `\n${publicationSentence(report.publication)}\n` : ''}
## Served under load (autocannon, ${DURATION_S} s after a ${WARMUP_S} s warm-up)

${served.join('\n')}

${report.servedNote}
`;
  await mkdir('bench/results', { recursive: true });
  // A run of the served lines alone must not replace the day's full report.
  const base = `bench/results/dashboard-${report.date}${report.queries.length === 0 ? '-served' : ''}`;
  await writeFile(`${base}.json`, `${JSON.stringify(report, null, 2)}\n`);
  await writeFile(`${base}.md`, markdown);
  console.log(`› wrote ${base}.json and ${base}.md`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => process.exit(130));
  runDashboardBenchmark().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
