// Directory benchmark (issue 3): a script, not a test — it asserts nothing on time. On a throw-away
// embedded Postgres holding the network-sized dataset, it loads the public directory pages of the site's
// production build with autocannon and, in the same run, a bare `node:http` server running the same SQL
// (bench/baseline-server.ts); then it weighs the JavaScript each page ships. Results go to
// bench/results/directory-<date>.{json,md}. Run with `pnpm bench:directory`; never part of validate/CI.
import { type ChildProcess, execFileSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { availableParallelism, cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { createDb } from '@rf/db';
import { executeSql, migrate } from '@rf/db/migrate';
import { loadDemoData } from '@rf/db/seed/demo';
import { loadNetwork } from '@rf/db/seed/network';
import { loadReferenceData } from '@rf/db/seed/reference';
import { freePort } from '@rf/db/testing';
import autocannon from 'autocannon';
import {
  acquireLock,
  buildApps,
  serveApp,
  spawnGroup,
  startThrowawayDatabase,
  stopServer,
  waitForHealth,
} from '../scripts/stack.ts';
import { scriptsOf } from './page-scripts.ts';
import { benchServerEnv } from './server-env.ts';

/** Per scenario and server; a short warm-up (JIT, plan cache, pools) comes first and is not counted. */
const DURATION_S = Number(process.env.BENCH_DURATION_S ?? 10);
const WARMUP_S = 2;
/** A few connections: the machine also runs Postgres and the load generator. */
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 4);

export interface Scenario {
  name: string;
  path: string;
}

export interface Measure {
  requestsPerSecond: number;
  requests: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  /** Connection errors, timeouts and non-2xx answers. */
  errors: number;
}

interface Line {
  scenario: string;
  path: string;
  site: Measure;
  baseline: Measure;
  /** Site over baseline: throughput (below 1: slower) and p95 latency (above 1: slower). */
  ratio: { requestsPerSecond: number; p95: number };
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}

const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;

/** The first link of a page to a path under `prefix` (a session of the catalogue, a tool of the list). */
export async function firstLink(origin: string, page: string, prefix: string): Promise<string> {
  const html = await (await fetch(`${origin}${page}`)).text();
  const path = new RegExp(`href="(${prefix}[^"?#]+)"`).exec(html)?.[1];
  if (!path) throw new Error(`${page} links to nothing under ${prefix}`);
  return path;
}

/** Loads one URL for `seconds` (also bench/all.ts) and computes the percentiles from every response time (autocannon has no p95). */
export async function load(url: string, seconds: number): Promise<Measure> {
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
    requestsPerSecond: round(times.length / seconds, 1),
    requests: times.length,
    p50Ms: round(percentile(times, 50)),
    p95Ms: round(percentile(times, 95)),
    p99Ms: round(percentile(times, 99)),
    errors: result.errors + failed,
  };
}

async function weigh(origin: string, src: string) {
  const body = Buffer.from(await (await fetch(new URL(src, origin))).arrayBuffer());
  return { src, bytes: body.length, gzipBytes: gzipSync(body).length, text: body.toString('utf8') };
}

/**
 * What the page loads later, on demand (the directory map: Leaflet and its CSS): the files of Vite's
 * dynamic imports (`__vite__mapDeps` lists) found in the page's scripts, minus those the page already has.
 */
async function lazyChunksOf(
  origin: string,
  assets: { src: string; text: string }[],
  loaded: Set<string>,
): Promise<{ files: number; gzipBytes: number; assets: { src: string; gzipBytes: number }[] }> {
  const have = new Set([...loaded].map((src) => new URL(src, origin).pathname));
  const lazy = new Set<string>();
  for (const { text } of assets) {
    for (const [, list] of text.matchAll(/m\.f=\[([^\]]*)\]/g)) {
      for (const [, file] of (list ?? '').matchAll(/"([^"]+)"/g)) {
        const path = new URL(`/${file}`, origin).pathname;
        if (!have.has(path)) lazy.add(path);
      }
    }
  }
  const weighed = await Promise.all([...lazy].map((src) => weigh(origin, src)));
  return {
    files: weighed.length,
    gzipBytes: weighed.reduce((sum, a) => sum + a.gzipBytes, 0),
    assets: weighed
      .map(({ src, gzipBytes }) => ({ src, gzipBytes }))
      .sort((a, b) => b.gzipBytes - a.gzipBytes),
  };
}

/** Bytes of a data answer the map fetches (GeoJSON), raw and gzipped. */
async function dataOf(origin: string, path: string) {
  const response = await fetch(`${origin}${path}`);
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  const body = Buffer.from(await response.arrayBuffer());
  return { path, bytes: body.length, gzipBytes: gzipSync(body).length };
}

/** The JavaScript a page's HTML makes the browser load (`scriptsOf`). */
async function javascriptOf(origin: string, path: string) {
  const html = await (await fetch(`${origin}${path}`)).text();
  const urls = scriptsOf(html);
  const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(
    ([, b]) => b ?? '',
  );
  const assets = await Promise.all([...urls].map((src) => weigh(origin, src)));
  const inlineText = inline.join('\n');
  const lazy = await lazyChunksOf(origin, assets, urls);
  return {
    page: path,
    lazy,
    files: assets.length,
    bytes: assets.reduce((sum, a) => sum + a.bytes, 0),
    gzipBytes: assets.reduce((sum, a) => sum + a.gzipBytes, 0),
    inlineScriptGzipBytes: inlineText ? gzipSync(inlineText).length : 0,
    assets: assets.sort((a, b) => b.gzipBytes - a.gzipBytes),
  };
}

function git(args: string[]): string {
  try {
    return execFileSync('git', args, { encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

/**
 * The service and département pair that lists the most public places (a full first page and more), and the
 * number of public places (also bench/all.ts).
 */
export async function busiestServiceFilter(db: ReturnType<typeof createDb>) {
  const rows = await db
    .selectFrom('places as p')
    .leftJoin('communes as c', 'c.code', 'p.commune_code')
    .select(['p.services', 'c.departement_code as departement'])
    .where('p.status', '=', 'published')
    .where('p.hidden_at', 'is', null)
    .execute();
  const pairs = new Map<string, number>();
  for (const row of rows) {
    if (!row.departement) continue;
    for (const service of row.services ?? []) {
      const key = `${service}|${row.departement}`;
      pairs.set(key, (pairs.get(key) ?? 0) + 1);
    }
  }
  const [best] = [...pairs].sort(([ka, a], [kb, b]) => b - a || ka.localeCompare(kb));
  const [service = '', departement = ''] = (best?.[0] ?? '').split('|');
  return { publicPlaces: rows.length, serviceFilter: { service, departement } };
}

/** The directory's measured pages (also bench/all.ts); the place page is a fabrique of the generated network. */
export function directoryScenarios(serviceFilter: { service: string; departement: string }): Scenario[] {
  return [
    { name: 'text search with typos', path: `/lieux?q=${encodeURIComponent('atelir numerik')}` },
    {
      name: 'service in a département',
      path: `/lieux?${new URLSearchParams({ service: serviceFilter.service, departement: serviceFilter.departement })}`,
    },
    { name: 'near a commune (all places by distance)', path: '/lieux?pres=Concarneau' },
    { name: 'place page (a fabrique and its hub)', path: '/lieux/reseau-2019-1' },
  ];
}

/**
 * The whole directory benchmark, and its report. `write: false` (bench/all.ts) keeps this file's own dated
 * results untouched: the combined report carries the figures.
 */
export async function runDirectoryBenchmark({ write = true }: { write?: boolean } = {}) {
  const release = await acquireLock();
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => process.exit(130));
  const servers: ChildProcess[] = [];
  const database = await startThrowawayDatabase('rf-bench-');
  try {
    console.log('› migrating and loading reference data, the network-sized dataset and demo data');
    await migrate(database.url);
    const db = createDb(database.url, { max: 2 });
    let dataset: { publicPlaces: number; fabriques: number; generatedPlaces: number };
    let serviceFilter: { service: string; departement: string };
    try {
      await loadReferenceData(db);
      const network = await loadNetwork(db);
      await loadDemoData(db);
      // Fresh statistics and clean indexes after the bulk load, as autovacuum gives a long-running
      // database: without the vacuum the GIN indexes keep a pending list that makes the planner avoid them.
      await executeSql(database.url, 'vacuum analyze');
      const busiest = await busiestServiceFilter(db);
      dataset = {
        publicPlaces: busiest.publicPlaces,
        fabriques: network.fabriques,
        generatedPlaces: network.places,
      };
      serviceFilter = busiest.serviceFilter;
    } finally {
      await db.destroy();
    }

    console.log('› building the site for production');
    buildApps(['site']);
    const [sitePort, baselinePort] = [await freePort(), await freePort()];
    const site = `http://127.0.0.1:${sitePort}`;
    const baseline = `http://127.0.0.1:${baselinePort}`;
    const env = benchServerEnv(database.url, site);
    servers.push(serveApp('site', sitePort, env, { quiet: true }));
    servers.push(
      spawnGroup(join(process.cwd(), 'node_modules/.bin/tsx'), ['bench/baseline-server.ts'], {
        stdio: ['ignore', 'inherit', 'inherit'],
        env: { ...env, PORT: String(baselinePort) },
      }),
    );
    await Promise.all([
      waitForHealth(site, servers[0] as ChildProcess),
      waitForHealth(baseline, servers[1] as ChildProcess),
    ]);

    const scenarios = directoryScenarios(serviceFilter);

    // Each scenario must answer before it is measured; the baseline says how many places it lists.
    const totals: Record<string, number | null> = {};
    for (const s of scenarios) {
      const [a, b] = [await fetch(`${site}${s.path}`), await fetch(`${baseline}${s.path}`)];
      if (!a.ok || !b.ok) throw new Error(`${s.path}: site ${a.status}, baseline ${b.status}`);
      const body = (await b.json()) as { results?: { total: number } };
      totals[s.name] = body.results?.total ?? null;
      console.log(`› ${s.name}: ${s.path}${body.results ? ` (${body.results.total} places)` : ''}`);
    }

    const lines: Line[] = [];
    for (const s of scenarios) {
      const measured: Partial<Record<'site' | 'baseline', Measure>> = {};
      for (const [target, origin] of [
        ['baseline', baseline],
        ['site', site],
      ] as const) {
        await load(`${origin}${s.path}`, WARMUP_S);
        measured[target] = await load(`${origin}${s.path}`, DURATION_S);
      }
      const { site: a, baseline: b } = measured as Record<'site' | 'baseline', Measure>;
      const line: Line = {
        scenario: s.name,
        path: s.path,
        site: a,
        baseline: b,
        ratio: {
          requestsPerSecond: round(a.requestsPerSecond / b.requestsPerSecond, 2),
          p95: round(a.p95Ms / b.p95Ms, 2),
        },
      };
      lines.push(line);
      console.log(
        `  ${s.name}: site ${a.requestsPerSecond} req/s p95 ${a.p95Ms} ms · baseline ${b.requestsPerSecond} req/s p95 ${b.p95Ms} ms`,
      );
    }

    const javascript = [
      await javascriptOf(site, '/lieux'),
      await javascriptOf(site, scenarios[3]?.path ?? ''),
    ];
    // What the map fetches once loaded: the markers of the whole directory and France's outline.
    const mapData = [await dataOf(site, '/lieux.geojson'), await dataOf(site, '/carte/france.geojson')];

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
      dataset: { ...dataset, serviceFilter, totals },
      load: {
        tool: 'autocannon 9, loopback (127.0.0.1)',
        connections: CONNECTIONS,
        durationSeconds: DURATION_S,
        warmupSeconds: WARMUP_S,
        percentiles: 'nearest rank over every 2xx response time of the run',
      },
      lines,
      javascript: javascript.map(({ assets, ...rest }) => ({
        ...rest,
        assets: assets.map(({ src, gzipBytes }) => ({ src, gzipBytes })),
      })),
      mapData,
    };

    const table = [
      '| scenario | server | req/s | p50 ms | p95 ms | p99 ms | errors | vs baseline (req/s, p95) |',
      '| --- | --- | ---: | ---: | ---: | ---: | ---: | --- |',
      ...lines.flatMap((l) => [
        `| ${l.scenario} (\`${l.path}\`) | site | ${l.site.requestsPerSecond} | ${l.site.p50Ms} | ${l.site.p95Ms} | ${l.site.p99Ms} | ${l.site.errors} | ×${l.ratio.requestsPerSecond}, ×${l.ratio.p95} |`,
        `| | baseline | ${l.baseline.requestsPerSecond} | ${l.baseline.p50Ms} | ${l.baseline.p95Ms} | ${l.baseline.p99Ms} | ${l.baseline.errors} | 1 |`,
      ]),
    ];
    const kib = (n: number) => `${round(n / 1024, 1)} KiB`;
    const jsTable = [
      '| page | JS files | JS (raw) | JS (gzip) | inline scripts (gzip) | loaded later (gzip) |',
      '| --- | ---: | ---: | ---: | ---: | ---: |',
      ...javascript.map(
        (j) =>
          `| \`${j.page}\` | ${j.files} | ${kib(j.bytes)} | ${kib(j.gzipBytes)} | ${kib(j.inlineScriptGzipBytes)} | ${j.lazy.files ? `${kib(j.lazy.gzipBytes)}: ${j.lazy.assets.map((a) => `\`${a.src.replace(/^.*\//, '')}\` ${kib(a.gzipBytes)}`).join(', ')}` : '—'} |`,
      ),
    ];
    const dataTable = [
      '| map data | raw | gzip |',
      '| --- | ---: | ---: |',
      ...mapData.map((d) => `| \`${d.path}\` | ${kib(d.bytes)} | ${kib(d.gzipBytes)} |`),
    ];
    console.log(`\n${table.join('\n')}\n\n${jsTable.join('\n')}\n\n${dataTable.join('\n')}\n`);

    const markdown = `# Directory benchmark — ${date}

Produced by \`pnpm bench:directory\` (bench/directory.ts) at commit \`${report.commit}\`${report.uncommittedChanges ? ' (with uncommitted changes)' : ''}.

- Machine: ${machine.cores} cores (${machine.cpu}), ${machine.memoryGiB} GiB memory, ${machine.platform}; Node ${report.node}.
- Database: ${report.postgres}, on the machine that also runs the site, the baseline and the load generator.
- Dataset: ${dataset.publicPlaces} public places (the generated network: ${dataset.generatedPlaces} places, ${dataset.fabriques} fabriques; plus reference and demo data).
- Load: ${report.load.tool}, ${CONNECTIONS} connections, ${DURATION_S} s per server and scenario after a ${WARMUP_S} s warm-up;
  percentiles are nearest rank over every 2xx response time. The site is its production build served by
  its production server, \`apps/site/server.ts\` (server-rendered HTML); the baseline is a bare \`node:http\` server running the same
  repository functions through \`withSession\` as anon, answering JSON.

## Throughput and latency

${table.join('\n')}

## JavaScript each public directory page ships

Every \`<script src>\`, \`modulepreload\` and inline \`import\` of the page's HTML, fetched and gzipped with node:zlib
(level 6) one by one; the inline scripts of the HTML itself are counted apart. "Loaded later" is what the page
fetches on demand after hydration (the directory map: Leaflet, supercluster and Leaflet's CSS), never with
the page itself nor without JavaScript.

${jsTable.join('\n')}

Data the map then fetches (the markers of the unfiltered directory and France's outline):

${dataTable.join('\n')}

## Notes

<!-- Written by hand after the run: what the figures mean for decisions. -->
`;
    if (!write) return report;
    await mkdir('bench/results', { recursive: true });
    const base = `bench/results/directory-${date}`;
    await writeFile(`${base}.json`, `${JSON.stringify(report, null, 2)}\n`);
    await writeFile(`${base}.md`, markdown);
    console.log(`› wrote ${base}.json and ${base}.md`);
    return report;
  } finally {
    // Servers first, then the database they are connected to.
    await Promise.all(servers.map(stopServer));
    await database.dispose();
    await release();
  }
}

// Run on its own (`pnpm bench:directory`), not when bench/all.ts imports it.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  runDirectoryBenchmark().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
