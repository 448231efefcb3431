// Booking and catalogue benchmark (issue 4): a script, not a test — it asserts nothing on time, only that
// no session is ever overbooked. On a throw-away embedded Postgres holding the generated network and its
// workshops (network-catalogue.ts):
//  (a) booking under contention: many concurrent clients book a few sessions with few seats through the
//      real `booking.book` procedure (throttle, lock, e-mail to a local SMTP server), and in the same run the
//      same SQL (the repository's `bookSession`, the same locking function) without the API — the baseline;
//  (b) catalogue pages: `/ateliers` of the site's production build, loaded with autocannon, and a bare
//      `node:http` server running the same SQL (bench/catalogue-baseline-server.ts).
// Results go to bench/results/booking-<date>.{json,md}. Run with `pnpm bench:booking`; never part of CI.
import { type ChildProcess, execFileSync } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { availableParallelism, cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createDb } from '@rf/db';
import { bookSession } from '@rf/db/booking/booking-engine.repository';
import { type CatalogueFilters, publicSessionsPageQuery } from '@rf/db/catalogue/catalogue-search.repository';
import { createPool } from '@rf/db/client';
import { executeSql, migrate } from '@rf/db/migrate';
import type { Tx } from '@rf/db/rls';
import { loadDemoData } from '@rf/db/seed/demo';
import { loadNetwork } from '@rf/db/seed/network';
import { loadNetworkCatalogue } from '@rf/db/seed/network-catalogue';
import { loadReferenceData } from '@rf/db/seed/reference';
import { freePort } from '@rf/db/testing';
import {
  CATALOGUE_PAGE_SIZE,
  catalogueDays,
  normaliseCatalogueSearch,
} from '@rf/domain/booking/catalogue-search';
import { searchWords } from '@rf/domain/directory/search';
import { parisDay } from '@rf/domain/time/paris';
import { startSmtpTestServer } from '@rf/mail/testing';
import autocannon from 'autocannon';
import { callerFor } from '../packages/api/src/caller.ts';
import { parseServerEnv } from '../packages/api/src/env.ts';
import { createServices } from '../packages/api/src/services.server.ts';
import {
  acquireLock,
  buildApps,
  serveApp,
  spawnGroup,
  startThrowawayDatabase,
  stopServer,
  waitForHealth,
} from '../scripts/stack.ts';
import { benchServerEnv } from './server-env.ts';

/** Contention: this many clients at once, on this many sessions of this many seats. */
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 16);
const CONTENDED_SESSIONS = Number(process.env.BENCH_SESSIONS ?? 8);
const SEATS = Number(process.env.BENCH_SEATS ?? 5);
/** Bookings attempted per path (spread evenly over the sessions: most end on the waitlist). */
const ATTEMPTS = Number(process.env.BENCH_ATTEMPTS ?? 480);
/**
 * Rounds of both paths, one after the other on fresh sessions, added up: on a shared machine, a burst of
 * load elsewhere then skews both paths rather than one.
 */
const ROUNDS = Math.min(15, Math.max(1, Number(process.env.BENCH_ROUNDS ?? 1)));
/** Bookings per path and round made one at a time (one client): the latency a resident sees on a quiet day. */
const ALONE_ATTEMPTS = Number(process.env.BENCH_ALONE_ATTEMPTS ?? 120);
const DOCUMENTATION_NETWORKS = ['198.51.100', '203.0.113', '192.0.2'];
/** Catalogue pages: per scenario and server, after a short warm-up that is not counted. */
const DURATION_S = Number(process.env.BENCH_DURATION_S ?? 10);
const WARMUP_S = 2;
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 4);
const POOL_SIZE = 10;
/** `BENCH_CATALOGUE=0`: the booking part only (no query plans, no site build, no page load), to iterate. */
const CATALOGUE = process.env.BENCH_CATALOGUE !== '0';

type Pool = ReturnType<typeof createPool>;

const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}

function git(args: string[]): string {
  try {
    return execFileSync('git', args, { encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

// Query plans of the catalogue on this volume ------------------------------------------------------------

/** EXPLAIN ANALYZE of the catalogue's first page as anon, for a few filter sets (the migration's indexes). */
async function explainCatalogue(databaseUrl: string) {
  const db = createDb(databaseUrl, { max: 1 });
  const pool = createPool(databaseUrl, { max: 1 });
  const now = new Date();
  const days = catalogueDays(normaliseCatalogueSearch(new URLSearchParams()), now);
  const base: CatalogueFilters = { words: [], fromDay: days.from, toDay: days.to, after: now.toISOString() };
  const cases: { name: string; filters: CatalogueFilters }[] = [
    { name: 'next 30 days, no filter', filters: base },
    { name: 'theme + free only', filters: { ...base, theme: 'email', freeOnly: true } },
    { name: 'text search with a typo', filters: { ...base, words: searchWords('impresion 3d') } },
  ];
  const plans = [];
  const client = await pool.connect();
  try {
    for (const c of cases) {
      // The repository builds the query on a transaction; compiling it needs no connection.
      const compiled = publicSessionsPageQuery(db as unknown as Tx, c.filters, {
        limit: CATALOGUE_PAGE_SIZE,
        offset: 0,
      }).compile();
      await client.query('begin');
      await client.query('set local role anon');
      const { rows } = await client.query<{ 'QUERY PLAN': string }>(
        `explain (analyze, buffers, costs off) ${compiled.sql}`,
        compiled.parameters as unknown[],
      );
      await client.query('rollback');
      const lines = rows.map((r) => r['QUERY PLAN']);
      const time = lines.find((l) => l.startsWith('Execution Time')) ?? '';
      plans.push({ name: c.name, executionTime: time, plan: lines });
      console.log(`› EXPLAIN ${c.name}: ${time}`);
    }
  } finally {
    client.release();
    await pool.end();
    await db.destroy();
  }
  return plans;
}

// (a) Booking under contention ------------------------------------------------------------------------

interface ContentionMeasure {
  attempts: number;
  seconds: number;
  bookingsPerSecond: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  errors: number;
  confirmed: number;
  waitlisted: number;
  /** Sessions with more confirmed bookings than seats: must be 0. */
  overbooked: number;
  /** Sessions whose first `SEATS` arrivals are not exactly the confirmed ones: must be 0. */
  outOfOrder: number;
}

/** New sessions of generated activities, a week ahead, with `SEATS` seats and no booking. */
async function contendedSessions(db: Pool, count: number): Promise<string[]> {
  const start = new Date(Date.now() + 7 * 86_400_000).toISOString();
  const { rows } = await db.query<{ id: string }>(
    `
    insert into public.sessions (activity_id, place_id, starts_at, ends_at, capacity)
    select a.id, a.place_id, $1::timestamptz + make_interval(mins => a.n),
      $1::timestamptz + make_interval(mins => a.n, hours => 2), $2
    from (
      select id, place_id, (row_number() over (order by id))::int as n
      from public.activities where status = 'published' and hidden_at is null
      order by id limit $3
    ) a
    returning id`,
    [start, SEATS, count],
  );
  return rows.map((r) => r.id);
}

/** Runs `attempts` calls with `clients` at a time; each call's time is measured from its own start. */
async function contend(
  attempts: number,
  call: (n: number) => Promise<void>,
  clients = CLIENTS,
): Promise<{ times: number[]; errors: number; seconds: number }> {
  const times: number[] = [];
  let errors = 0;
  let next = 0;
  const began = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      for (let n = next++; n < attempts; n = next++) {
        const t0 = performance.now();
        try {
          await call(n);
          times.push(performance.now() - t0);
        } catch (error) {
          errors += 1;
          if (errors <= 3) console.error(error);
        }
      }
    }),
  );
  return { times: times.sort((a, b) => a - b), errors, seconds: (performance.now() - began) / 1000 };
}

/** What the database holds for these sessions after a run. */
async function verify(db: Pool, sessions: string[]) {
  const { rows } = await db.query<{
    id: string;
    capacity: number;
    confirmed: number;
    waitlisted: number;
    in_order: boolean;
  }>(
    `select s.id, s.capacity,
      count(*) filter (where b.status = 'confirmed')::int as confirmed,
      count(*) filter (where b.status = 'waitlisted')::int as waitlisted,
      coalesce(bool_and((b.status = 'confirmed') = (b.rank <= s.capacity)), true) as in_order
    from public.sessions s
    left join (
      select b.*, row_number() over (partition by b.session_id order by b.arrival) as rank
      from public.bookings b
    ) b on b.session_id = s.id
    where s.id = any ($1::uuid[])
    group by s.id, s.capacity`,
    [sessions],
  );
  return {
    confirmed: rows.reduce((sum, r) => sum + r.confirmed, 0),
    waitlisted: rows.reduce((sum, r) => sum + r.waitlisted, 0),
    overbooked: rows.filter((r) => r.confirmed > r.capacity).length,
    outOfOrder: rows.filter((r) => !r.in_order).length,
  };
}

function measure(
  run: Awaited<ReturnType<typeof contend>>,
  counts: Awaited<ReturnType<typeof verify>>,
  attempts = ATTEMPTS,
): ContentionMeasure {
  return {
    attempts: attempts * ROUNDS,
    seconds: round(run.seconds, 2),
    bookingsPerSecond: round(run.times.length / run.seconds),
    p50Ms: round(percentile(run.times, 50)),
    p95Ms: round(percentile(run.times, 95)),
    p99Ms: round(percentile(run.times, 99)),
    errors: run.errors,
    ...counts,
  };
}

async function bookingContention(databaseUrl: string) {
  const smtp = await startSmtpTestServer();
  const services = createServices(
    parseServerEnv({
      NODE_ENV: 'test',
      DATABASE_URL: databaseUrl,
      DATABASE_POOL_SIZE: String(POOL_SIZE),
      SMTP_URL: smtp.url,
      LOG_LEVEL: 'silent',
      TRUST_PROXY: 'true',
    }),
    'bench-booking',
  );
  const db = createPool(databaseUrl, { max: 2 });
  const direct = createDb(databaseUrl, { max: POOL_SIZE });
  try {
    const warmup = await contendedSessions(db, 1);
    // Each attempt is a different person, from 250 addresses in turn: the throttle never refuses one.
    const viaApi = async (n: number, sessionId: string, tag: string, round = 0) => {
      const request = new Request('http://127.0.0.1/');
      // A documentation address (RFC 5737): nothing is sent to it. Each of the three networks takes a third
      // of the rounds: about two bookings per address and round stay within the hourly limit of 12.
      const clientAddress = `${DOCUMENTATION_NETWORKS[round % 3]}.${n % 250}`;
      const api = await callerFor(services, { request, responseHeaders: new Headers(), clientAddress });
      await api.booking.book({
        sessionId,
        firstName: 'Camille',
        email: `${tag}-${n}@exemple.test`,
        consent: true,
      });
    };
    // The bare engine (the repository function, one transaction), as the owner: no role and claims, no
    // throttle, no read-back, no tRPC. The engine checks the booking window itself (decision 065), on both paths.
    const viaSql = async (n: number, sessionId: string, tag: string) => {
      const key = randomUUID();
      await direct.transaction().execute((tx) =>
        bookSession(tx, {
          sessionId,
          firstName: 'Camille',
          email: `${tag}-${n}@exemple.test`,
          phone: null,
          prescriberName: null,
          prescriberOrganisation: null,
          userId: null,
          manageTokenHash: createHash('sha256').update(key).digest('hex'),
          idempotencyKey: key,
        }),
      );
    };
    // Warm-up (connections, JIT, plan caches), not counted.
    await contend(40, (n) => viaSql(n, warmup[0] as string, 'warm-sql'));
    await contend(40, (n) => viaApi(n, warmup[0] as string, 'warm-api'));

    console.log(
      `› booking: ${ATTEMPTS} attempts by ${CLIENTS} clients on ${CONTENDED_SESSIONS} sessions of ${SEATS} seats` +
        (ROUNDS > 1 ? `, ${ROUNDS} rounds of each path` : ''),
    );
    const added = (runs: Awaited<ReturnType<typeof contend>>[]) => ({
      times: runs.flatMap((r) => r.times).sort((a, b) => a - b),
      errors: runs.reduce((sum, r) => sum + r.errors, 0),
      seconds: runs.reduce((sum, r) => sum + r.seconds, 0),
    });
    /**
     * `ROUNDS` rounds of the bare engine then the procedure, each on fresh sessions, `attempts` each with
     * `clients` at a time; `network` picks the client addresses' network for a round of the procedure.
     */
    const alternate = async (
      attempts: number,
      clients: number,
      tag: string,
      network: (round: number) => number,
    ) => {
      const baselineRuns: Awaited<ReturnType<typeof contend>>[] = [];
      const apiRuns: Awaited<ReturnType<typeof contend>>[] = [];
      const baselineSessions: string[] = [];
      const apiSessions: string[] = [];
      for (let round = 0; round < ROUNDS; round += 1) {
        const [forBaseline, forApi] = [
          await contendedSessions(db, CONTENDED_SESSIONS),
          await contendedSessions(db, CONTENDED_SESSIONS),
        ];
        const on = (sessions: string[], n: number) => sessions[n % sessions.length] as string;
        baselineRuns.push(
          await contend(attempts, (n) => viaSql(n, on(forBaseline, n), `${tag}sql${round}`), clients),
        );
        apiRuns.push(
          await contend(
            attempts,
            (n) => viaApi(n, on(forApi, n), `${tag}api${round}`, network(round)),
            clients,
          ),
        );
        baselineSessions.push(...forBaseline);
        apiSessions.push(...forApi);
      }
      return {
        baseline: measure(added(baselineRuns), await verify(db, baselineSessions), attempts),
        api: measure(added(apiRuns), await verify(db, apiSessions), attempts),
      };
    };
    const { baseline, api } = await alternate(ATTEMPTS, CLIENTS, '', (round) => round);
    // One at a time, alternated likewise: what the round trips cost a booking when nobody else books. The
    // next round's network: these few bookings stay within its addresses' hourly limit.
    const alone = await alternate(ALONE_ATTEMPTS, 1, 'alone-', (round) => round + 1);
    for (const [name, m] of [
      ['baseline (same SQL, no API)', baseline],
      ['procedure (booking.book)', api],
      ['one at a time: baseline', alone.baseline],
      ['one at a time: procedure', alone.api],
    ] as const) {
      console.log(
        `  ${name}: ${m.bookingsPerSecond} bookings/s, p50 ${m.p50Ms} ms, p95 ${m.p95Ms} ms · ${m.confirmed} confirmed, ${m.waitlisted} waitlisted, ${m.overbooked} overbooked, ${m.errors} errors`,
      );
    }
    return { api, baseline, alone, mailsSent: smtp.messages.length };
  } finally {
    await db.end();
    await direct.destroy();
    await services.db.destroy();
    await smtp.stop();
  }
}

// (b) Catalogue pages ------------------------------------------------------------------------------------

interface PageMeasure {
  requestsPerSecond: number;
  requests: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  errors: number;
}

async function load(url: string, seconds: number): Promise<PageMeasure> {
  const times: number[] = [];
  let failed = 0;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      { url, connections: CONNECTIONS, duration: seconds, timeout: 30 },
      (error: unknown, res: autocannon.Result) => (error ? reject(error) : resolve(res)),
    );
    // The tracker emits (client, statusCode, bytes, responseTime in ms); the typings omit the client.
    (instance as NodeJS.EventEmitter).on(
      'response',
      (_client: unknown, status: number, _bytes: number, time: number) => {
        if (status >= 200 && status < 300) times.push(time);
        else failed += 1;
      },
    );
  });
  times.sort((a, b) => a - b);
  return {
    requestsPerSecond: round(times.length / seconds),
    requests: times.length,
    p50Ms: round(percentile(times, 50)),
    p95Ms: round(percentile(times, 95)),
    p99Ms: round(percentile(times, 99)),
    errors: result.errors + failed,
  };
}

async function cataloguePages(databaseUrl: string) {
  const release = await acquireLock();
  const servers: ChildProcess[] = [];
  try {
    console.log('› building the site for production');
    buildApps(['site']);
    const [sitePort, baselinePort] = [await freePort(), await freePort()];
    const site = `http://127.0.0.1:${sitePort}`;
    const baseline = `http://127.0.0.1:${baselinePort}`;
    const env = benchServerEnv(databaseUrl, site);
    servers.push(serveApp('site', sitePort, env, { quiet: true }));
    servers.push(
      spawnGroup(join(process.cwd(), 'node_modules/.bin/tsx'), ['bench/catalogue-baseline-server.ts'], {
        stdio: ['ignore', 'inherit', 'inherit'],
        env: { ...env, PORT: String(baselinePort) },
      }),
    );
    await Promise.all([
      waitForHealth(site, servers[0] as ChildProcess),
      waitForHealth(baseline, servers[1] as ChildProcess),
    ]);
    const scenarios = [
      { name: 'next 30 days, no filter', path: '/ateliers' },
      { name: 'theme + free only', path: '/ateliers?theme=email&gratuit=1' },
      { name: 'text search with a typo', path: `/ateliers?q=${encodeURIComponent('impresion 3d')}` },
      { name: 'near a commune, 50 km', path: '/ateliers?pres=Concarneau&rayon=50' },
    ];
    const totals: Record<string, number> = {};
    for (const s of scenarios) {
      const [a, b] = [await fetch(`${site}${s.path}`), await fetch(`${baseline}${s.path}`)];
      if (!a.ok || !b.ok) throw new Error(`${s.path}: site ${a.status}, baseline ${b.status}`);
      const body = (await b.json()) as { results: { total: number } };
      totals[s.name] = body.results.total;
      console.log(`› ${s.name}: ${s.path} (${body.results.total} sessions)`);
    }
    const lines = [];
    for (const s of scenarios) {
      const measured: Partial<Record<'site' | 'baseline', PageMeasure>> = {};
      for (const [target, origin] of [
        ['baseline', baseline],
        ['site', site],
      ] as const) {
        await load(`${origin}${s.path}`, WARMUP_S);
        measured[target] = await load(`${origin}${s.path}`, DURATION_S);
      }
      const { site: a, baseline: b } = measured as Record<'site' | 'baseline', PageMeasure>;
      lines.push({
        scenario: s.name,
        path: s.path,
        sessions: totals[s.name] ?? null,
        site: a,
        baseline: b,
        ratio: {
          requestsPerSecond: round(a.requestsPerSecond / b.requestsPerSecond, 2),
          p95: round(a.p95Ms / b.p95Ms, 2),
        },
      });
      console.log(
        `  ${s.name}: site ${a.requestsPerSecond} req/s p95 ${a.p95Ms} ms · baseline ${b.requestsPerSecond} req/s p95 ${b.p95Ms} ms`,
      );
    }
    return lines;
  } finally {
    await Promise.all(servers.map(stopServer));
    await release();
  }
}

// Run ----------------------------------------------------------------------------------------------------

/**
 * The whole booking benchmark, and its report. `write: false` (bench/all.ts) keeps this file's own dated
 * results untouched: the combined report carries the figures.
 */
export async function runBookingBenchmark({ write = true }: { write?: boolean } = {}) {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => process.exit(130));
  const database = await startThrowawayDatabase('rf-bench-booking-');
  try {
    console.log('› migrating and loading reference data, the generated network and its workshops');
    await migrate(database.url);
    const db = createDb(database.url, { max: 4 });
    let dataset: { places: number; activities: number; sessions: number; bookings: number };
    let contention: Awaited<ReturnType<typeof bookingContention>>;
    let plans: Awaited<ReturnType<typeof explainCatalogue>>;
    try {
      await loadReferenceData(db);
      const network = await loadNetwork(db);
      await loadDemoData(db);
      const catalogue = await loadNetworkCatalogue(db, {
        firstDay: parisDay(new Date(Date.now() + 86_400_000)),
      });
      await executeSql(database.url, 'analyze');
      dataset = {
        places: network.places,
        activities: catalogue.activities,
        sessions: catalogue.sessions,
        bookings: catalogue.bookings,
      };
      console.log(`› dataset: ${JSON.stringify(dataset)}`);
      plans = CATALOGUE ? await explainCatalogue(database.url) : [];
      // Other runs on the machine (end-to-end suites, other benches) would skew the figures: wait for them.
      const release = await acquireLock();
      try {
        contention = await bookingContention(database.url);
      } finally {
        await release();
      }
    } finally {
      await db.destroy();
    }
    const runs = [contention.api, contention.baseline, contention.alone.api, contention.alone.baseline];
    const overbooked = runs.reduce((sum, run) => sum + run.overbooked, 0);
    const outOfOrder = runs.reduce((sum, run) => sum + run.outOfOrder, 0);

    const pages = CATALOGUE ? await cataloguePages(database.url) : [];

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
      dataset,
      booking: {
        clients: CLIENTS,
        sessions: CONTENDED_SESSIONS,
        seatsPerSession: SEATS,
        attempts: ATTEMPTS,
        rounds: ROUNDS,
        poolSize: POOL_SIZE,
        procedure: contention.api,
        baseline: contention.baseline,
        ratio: {
          bookingsPerSecond: round(
            contention.api.bookingsPerSecond / contention.baseline.bookingsPerSecond,
            2,
          ),
          p95: round(contention.api.p95Ms / contention.baseline.p95Ms, 2),
        },
        alone: {
          attempts: ALONE_ATTEMPTS,
          procedure: contention.alone.api,
          baseline: contention.alone.baseline,
          ratio: {
            bookingsPerSecond: round(
              contention.alone.api.bookingsPerSecond / contention.alone.baseline.bookingsPerSecond,
              2,
            ),
            p50: round(contention.alone.api.p50Ms / contention.alone.baseline.p50Ms, 2),
          },
        },
        overbookedSessions: overbooked,
        sessionsOutOfArrivalOrder: outOfOrder,
      },
      catalogue: {
        tool: 'autocannon 9, loopback (127.0.0.1)',
        connections: CONNECTIONS,
        durationSeconds: DURATION_S,
        warmupSeconds: WARMUP_S,
        lines: pages,
        plans,
      },
    };

    const b = report.booking;
    const bookingTable = [
      '| path | bookings/s | p50 ms | p95 ms | p99 ms | confirmed | waitlisted | overbooked sessions | errors | vs baseline (bookings/s, p95) |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
      `| procedure \`booking.book\` (createCaller) | ${b.procedure.bookingsPerSecond} | ${b.procedure.p50Ms} | ${b.procedure.p95Ms} | ${b.procedure.p99Ms} | ${b.procedure.confirmed} | ${b.procedure.waitlisted} | ${b.procedure.overbooked} | ${b.procedure.errors} | ×${b.ratio.bookingsPerSecond}, ×${b.ratio.p95} |`,
      `| baseline: the same SQL (\`bookSession\`) without the API | ${b.baseline.bookingsPerSecond} | ${b.baseline.p50Ms} | ${b.baseline.p95Ms} | ${b.baseline.p99Ms} | ${b.baseline.confirmed} | ${b.baseline.waitlisted} | ${b.baseline.overbooked} | ${b.baseline.errors} | 1 |`,
    ];
    const a = b.alone;
    const aloneTable = [
      '| path, one client | bookings/s | p50 ms | p95 ms | p99 ms | confirmed | waitlisted | overbooked sessions | errors | vs baseline (bookings/s, p50) |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
      `| procedure \`booking.book\` (createCaller) | ${a.procedure.bookingsPerSecond} | ${a.procedure.p50Ms} | ${a.procedure.p95Ms} | ${a.procedure.p99Ms} | ${a.procedure.confirmed} | ${a.procedure.waitlisted} | ${a.procedure.overbooked} | ${a.procedure.errors} | ×${a.ratio.bookingsPerSecond}, ×${a.ratio.p50} |`,
      `| baseline: the same SQL (\`bookSession\`) without the API | ${a.baseline.bookingsPerSecond} | ${a.baseline.p50Ms} | ${a.baseline.p95Ms} | ${a.baseline.p99Ms} | ${a.baseline.confirmed} | ${a.baseline.waitlisted} | ${a.baseline.overbooked} | ${a.baseline.errors} | 1 |`,
    ];
    const pageTable = [
      '| scenario | server | req/s | p50 ms | p95 ms | p99 ms | errors | vs baseline (req/s, p95) |',
      '| --- | --- | ---: | ---: | ---: | ---: | ---: | --- |',
      ...pages.flatMap((l) => [
        `| ${l.scenario} (\`${l.path}\`, ${l.sessions} sessions) | site | ${l.site.requestsPerSecond} | ${l.site.p50Ms} | ${l.site.p95Ms} | ${l.site.p99Ms} | ${l.site.errors} | ×${l.ratio.requestsPerSecond}, ×${l.ratio.p95} |`,
        `| | baseline | ${l.baseline.requestsPerSecond} | ${l.baseline.p50Ms} | ${l.baseline.p95Ms} | ${l.baseline.p99Ms} | ${l.baseline.errors} | 1 |`,
      ]),
    ];
    console.log(`\n${bookingTable.join('\n')}\n\n${aloneTable.join('\n')}\n\n${pageTable.join('\n')}\n`);
    console.log(
      overbooked === 0 && outOfOrder === 0
        ? `› no session overbooked; confirmed seats went to the first ${SEATS} arrivals of each session`
        : `✗ ${overbooked} overbooked sessions, ${outOfOrder} out of arrival order`,
    );

    const markdown = `# Booking and catalogue benchmark — ${date}

Produced by \`pnpm bench:booking\` (bench/booking.ts) at commit \`${report.commit}\`${report.uncommittedChanges ? ' (with uncommitted changes)' : ''}.

- Machine: ${machine.cores} cores (${machine.cpu}), ${machine.memoryGiB} GiB memory, ${machine.platform}; Node ${report.node}.
- Database: ${report.postgres}, on the machine that also runs the servers and the load generators.
- Dataset: the generated network (${dataset.places} places) with ${dataset.activities} published activities,
  ${dataset.sessions} sessions over the next ${Math.ceil(dataset.sessions / Math.max(1, dataset.activities))} weeks and ${dataset.bookings} confirmed bookings (packages/db/src/seed/network-catalogue.ts), plus reference and demo data.

## Booking under contention

${ATTEMPTS} booking attempts${ROUNDS > 1 ? ` per round (${ROUNDS} rounds of each path, alternated, added up)` : ''} by ${CLIENTS} concurrent clients, spread evenly over ${CONTENDED_SESSIONS} fresh sessions of
${SEATS} seats each (${Math.round(ATTEMPTS / CONTENDED_SESSIONS)} people per session: ${SEATS} confirmed, the rest on the waitlist), every attempt a different
person (from 250 client addresses in turn, so the throttle refuses none). The procedure path is \`booking.book\` through \`createCaller\`, as the site's
action calls it: one statement, \`private.place_booking\`, sent alone (its own transaction), that counts the rate limits and
judges them, runs \`private.book_session\` (which locks the session row, checks the booking window and queues the
confirmation messages) and reads back what the page shows (decisions 065 and 074), with a pool of ${POOL_SIZE} connections. The baseline calls
the bare engine — the repository's \`bookSession\` (\`private.book_session\`, same lock) in one transaction per attempt,
as the database owner, through a pool of ${POOL_SIZE} — without the API around it (no role and claims, no rate limits,
no read-back, no tRPC), in the same run.
Latency is per attempt; bookings/s counts every answered attempt (confirmed or waitlisted).

${bookingTable.join('\n')}

The same, one booking at a time (one client; ${ALONE_ATTEMPTS} attempts per path${ROUNDS > 1 ? ' and round' : ''}, on fresh sessions): what a booking costs
when nobody else books.

${aloneTable.join('\n')}

Overbooked sessions (more confirmed than seats) in all runs: **${overbooked}**; sessions where the confirmed
bookings are not exactly the first ${SEATS} arrivals: **${outOfOrder}**.

## Catalogue page \`/ateliers\`

${CONNECTIONS} connections, ${DURATION_S} s per server and scenario after a ${WARMUP_S} s warm-up; percentiles are nearest rank over
every 2xx response time. The site is its production build served by its production server (\`server.ts\`) (server-rendered
HTML); the baseline is a bare \`node:http\` server running the same repository functions through
\`withSession\` as anon, answering JSON (bench/catalogue-baseline-server.ts).

${pageTable.join('\n')}

## Query plans of the catalogue's first page (EXPLAIN ANALYZE as anon, before the load)

${plans.map((p) => `<details><summary>${p.name} — ${p.executionTime}</summary>\n\n\`\`\`\n${p.plan.join('\n')}\n\`\`\`\n</details>`).join('\n\n')}

## Notes

<!-- Written by hand after the run: what the figures mean for decisions. -->
`;
    if (overbooked > 0 || outOfOrder > 0) process.exitCode = 1;
    // A booking-only run does not replace the day's full report.
    if (!write || !CATALOGUE) return report;
    await mkdir('bench/results', { recursive: true });
    const base = `bench/results/booking-${date}`;
    await writeFile(`${base}.json`, `${JSON.stringify(report, null, 2)}\n`);
    await writeFile(`${base}.md`, markdown);
    console.log(`› wrote ${base}.json and ${base}.md`);
    return report;
  } finally {
    await database.dispose();
  }
}

// Run on its own (`pnpm bench:booking`), not when bench/all.ts imports it.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  runBookingBenchmark().then(
    () => process.exit(process.exitCode ?? 0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
