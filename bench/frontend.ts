// Front-end budget report (issue 8): `pnpm bench:frontend`. A script, not a test — it asserts nothing. It
// builds the site for production, serves it on a throw-away database holding the generated network and its
// workshops, and reports for each public page the JavaScript and CSS it loads (bytes raw and gzip, from the
// served HTML: scripts, module preloads, inline imports and stylesheets), then Lighthouse's performance,
// accessibility and best-practices scores for every page of the list, in Debian's
// Chromium (CHROME_PATH, default /usr/bin/chromium; never a downloaded browser). Lighthouse runs with its
// defaults: a mobile device on a simulated slow 4G network and CPU; each page several times, the median run
// reported (BENCH_LIGHTHOUSE_RUNS, default 3), its full report kept in BENCH_LIGHTHOUSE_DIR (default
// /tmp/rf-lighthouse) to read what cost the points. The directory map's tiles come from a stand-in server on
// loopback (the machine may be offline). Results: bench/results/frontend-<date>.{json,md}.
import { type ChildProcess, execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { pathToFileURL } from 'node:url';
import { crc32, deflateSync, gzipSync } from 'node:zlib';
import { createDb } from '@rf/db';
import { freePort } from '@rf/db/testing';
import * as chromeLauncher from 'chrome-launcher';
import { sql } from 'kysely';
import lighthouse from 'lighthouse';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import {
  acquireLock,
  buildApps,
  serveApp,
  startThrowawayDatabase,
  stopServer,
  waitForHealth,
} from '../scripts/stack.ts';
import { loadNetworkDatabase } from './network-database.ts';
import { scriptsOf } from './page-scripts.ts';
import { machineOf, round } from './report.ts';
import { benchServerEnv } from './server-env.ts';

const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';
/** Where each page's full Lighthouse report (JSON) is kept for reading: outside the repository. */
const LIGHTHOUSE_DIR = process.env.BENCH_LIGHTHOUSE_DIR ?? '/tmp/rf-lighthouse';
/** Lighthouse runs per page, the median one reported (BENCH_LIGHTHOUSE_RUNS, default 3). */
const LIGHTHOUSE_RUNS = Math.max(1, Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3) || 3);

type LighthouseResult = NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr'];
/** The private link of one generated booking, so its page (/reservation/<token>) can be weighed. */
const BOOKING_TOKEN = 'bench-frontend-booking-token-0000000000000';

interface Asset {
  url: string;
  kind: 'js' | 'css';
  bytes: number;
  gzipBytes: number;
}

export interface PageWeight {
  name: string;
  path: string;
  status: number;
  htmlGzipBytes: number;
  js: { files: number; bytes: number; gzipBytes: number };
  css: { files: number; bytes: number; gzipBytes: number };
  inlineScriptGzipBytes: number;
  assets: Asset[];
}

export interface LighthouseScores {
  name: string;
  path: string;
  performance: number | null;
  accessibility: number | null;
  bestPractices: number | null;
  firstContentfulPaintMs: number | null;
  largestContentfulPaintMs: number | null;
  totalBlockingTimeMs: number | null;
  cumulativeLayoutShift: number | null;
  /**
   * Lighthouse's CPU benchmark of the machine during the run (higher is faster). Total blocking time is the
   * measured main-thread tasks multiplied by four: on a busy machine (an index far below the quiet machine's
   * ~2,000–2,800) it grows with the load, not with the page.
   */
  benchmarkIndex: number | null;
  /** The weighted accessibility and best-practices audits that did not pass, to know what a score lost. */
  failedAudits: string[];
}

export interface FrontendReport {
  date: string;
  commit: string;
  machine: ReturnType<typeof machineOf>;
  chromium: string;
  lighthouse: string;
  pages: PageWeight[];
  lighthouseRuns: LighthouseScores[];
  lighthouseError?: string;
}

const cache = new Map<string, { bytes: number; gzipBytes: number }>();

async function weighAsset(origin: string, url: string) {
  const key = new URL(url, origin).href;
  const known = cache.get(key);
  if (known) return known;
  const body = Buffer.from(await (await fetch(key)).arrayBuffer());
  const weight = { bytes: body.length, gzipBytes: gzipSync(body).length };
  cache.set(key, weight);
  return weight;
}

/** What a page loads with itself: its scripts, module preloads, inline imports and stylesheets. */
async function weighPage(origin: string, name: string, path: string): Promise<PageWeight> {
  const response = await fetch(`${origin}${path}`);
  const html = await response.text();
  const js = scriptsOf(html);
  const css = new Set<string>();
  for (const [tag] of html.matchAll(/<link[^>]*>/g)) {
    const href = /\bhref="([^"]+)"/.exec(tag)?.[1];
    if (href && /\brel="stylesheet"/.test(tag)) css.add(href);
  }
  const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(
    ([, b]) => b ?? '',
  );
  const assets: Asset[] = [];
  for (const [kind, urls] of [
    ['js', js],
    ['css', css],
  ] as const) {
    for (const url of urls) assets.push({ url, kind, ...(await weighAsset(origin, url)) });
  }
  const sum = (kind: 'js' | 'css') => {
    const of = assets.filter((a) => a.kind === kind);
    return {
      files: of.length,
      bytes: of.reduce((s, a) => s + a.bytes, 0),
      gzipBytes: of.reduce((s, a) => s + a.gzipBytes, 0),
    };
  };
  const inlineText = inline.join('\n');
  return {
    name,
    path,
    status: response.status,
    htmlGzipBytes: gzipSync(html).length,
    js: sum('js'),
    css: sum('css'),
    inlineScriptGzipBytes: inlineText ? gzipSync(inlineText).length : 0,
    assets: assets.sort((a, b) => b.gzipBytes - a.gzipBytes),
  };
}

/** A PNG of one colour (the map's sea), `size` pixels square: what the stand-in tile server answers. */
function plainPng(size: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  const line = Buffer.alloc(1 + size * 3);
  for (let x = 0; x < size; x++) line.set([0xdf, 0xe9, 0xf5], 1 + x * 3);
  const pixels = Buffer.concat(Array.from({ length: size }, () => line));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(pixels)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/**
 * The directory map's tiles from a stand-in server on loopback: the benchmark runs offline, and tiles that
 * fail to load (the default provider unreachable) are console errors Lighthouse counts against best
 * practices. What is measured is the site, not the tile provider.
 */
async function startTileServer(): Promise<{ server: Server; url: string }> {
  const tile = plainPng(256);
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'Content-Type': 'image/png', 'Cache-Control': 'max-age=3600' });
    response.end(tile);
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${port}/{z}/{x}/{y}.png` };
}

async function runLighthouse(
  origin: string,
  pages: { name: string; path: string }[],
): Promise<LighthouseScores[]> {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROME_PATH,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
  try {
    const scores: LighthouseScores[] = [];
    const audit = (path: string) =>
      lighthouse(`${origin}${path}`, {
        port: chrome.port,
        logLevel: 'error',
        output: 'json',
        onlyCategories: ['performance', 'accessibility', 'best-practices'],
      });
    for (const page of pages) {
      const runs: LighthouseResult[] = [];
      // Lighthouse's own advice on variance: several runs, and the median one (closest to the median first
      // contentful paint and time to interactive). A run Chromium failed to trace (NO_NAVSTART, seen on a
      // busy machine) has no performance score at all, not a bad one: it is left out and run again.
      for (let attempt = 0; runs.length < LIGHTHOUSE_RUNS && attempt < LIGHTHOUSE_RUNS + 2; attempt++) {
        const lhr = (await audit(page.path))?.lhr;
        if (!lhr) continue;
        if (lhr.runtimeError)
          console.log(`  lighthouse ${page.path}: ${lhr.runtimeError.code}, running again`);
        else runs.push(lhr);
      }
      const lhr = runs.length > 0 ? (computeMedianRun(runs) as LighthouseResult) : undefined;
      // The whole report, kept out of the repository: what cost the points (metrics, opportunities, the
      // main-thread breakdown) is in it, not in the summary below.
      if (lhr) {
        await mkdir(LIGHTHOUSE_DIR, { recursive: true });
        const file = `${LIGHTHOUSE_DIR}/${page.name.replace(/\W+/g, '-').replace(/^-|-$/g, '')}.json`;
        await writeFile(file, JSON.stringify(lhr));
      }
      const score = (id: string) => {
        const value = lhr?.categories[id]?.score;
        return typeof value === 'number' ? Math.round(value * 100) : null;
      };
      const metric = (id: string, digits = 0) => {
        const value = lhr?.audits[id]?.numericValue;
        return typeof value === 'number' ? round(value, digits) : null;
      };
      const line: LighthouseScores = {
        ...page,
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        firstContentfulPaintMs: metric('first-contentful-paint'),
        largestContentfulPaintMs: metric('largest-contentful-paint'),
        totalBlockingTimeMs: metric('total-blocking-time'),
        cumulativeLayoutShift: metric('cumulative-layout-shift', 3),
        benchmarkIndex: lhr?.environment.benchmarkIndex ? Math.round(lhr.environment.benchmarkIndex) : null,
        failedAudits: ['accessibility', 'best-practices'].flatMap((category) =>
          (lhr?.categories[category]?.auditRefs ?? [])
            .filter((ref) => ref.weight > 0)
            .map((ref) => lhr?.audits[ref.id])
            .filter((audit) => audit && typeof audit.score === 'number' && audit.score < 1)
            .map((audit) => {
              // What went wrong, when the audit lists it (the console errors, the issues panel).
              const items =
                (audit?.details as { items?: Record<string, unknown>[] } | undefined)?.items ?? [];
              const first = items[0];
              const detail = first
                ? String(first.description ?? first.issueType ?? first.source ?? '').slice(0, 160)
                : '';
              return `${category}: ${audit?.id} (${audit?.title}${detail ? `: ${detail}` : ''})`;
            }),
        ),
      };
      console.log(
        `  lighthouse ${page.path}: performance ${line.performance}, accessibility ${line.accessibility}, best practices ${line.bestPractices}`,
      );
      scores.push(line);
    }
    return scores;
  } finally {
    chrome.kill();
  }
}

/** An upcoming session with seats left (its page shows the booking form), and one booking's private link. */
async function preparePages(url: string) {
  const db = createDb(url, { max: 1 });
  try {
    const session = await sql<{ id: string; booking_id: string }>`
      select s.id, (select b.id from public.bookings b where b.session_id = s.id and b.status = 'confirmed'
        order by b.id limit 1) as booking_id
      from public.sessions s
      where s.starts_at > now() + interval '2 days' and s.status = 'scheduled'
        and s.activity_id in (select private.public_activity_ids())
        and (select count(*) from public.bookings b where b.session_id = s.id and b.status = 'confirmed')
          between 1 and s.capacity - 1
      order by s.starts_at, s.id limit 1`.execute(db);
    const row = session.rows[0];
    if (!row) throw new Error('no upcoming session with bookings and seats left');
    const hash = createHash('sha256').update(BOOKING_TOKEN).digest('hex');
    await sql`update public.bookings set manage_token_hash = ${hash} where id = ${row.booking_id}`.execute(
      db,
    );
    return { sessionId: row.id };
  } finally {
    await db.destroy();
  }
}

function version(command: string, args: string[]) {
  try {
    return execFileSync(command, args, { encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

export async function runFrontendBenchmark({ write = true } = {}): Promise<FrontendReport> {
  if (!existsSync(CHROME_PATH))
    throw new Error(`no Chromium at ${CHROME_PATH} (apt-get install chromium, or set CHROME_PATH)`);
  const database = await startThrowawayDatabase('rf-bench-frontend-');
  const servers: ChildProcess[] = [];
  try {
    // Its own database, never a kept one (BENCH_DATABASE_URL): the pages it prepares are written to it.
    await loadNetworkDatabase(database.url);
    const { sessionId } = await preparePages(database.url);
    const pages = [
      { name: 'home', path: '/' },
      { name: 'directory', path: '/lieux' },
      { name: 'place', path: '/lieux/reseau-2019-1' },
      { name: 'workshops', path: '/ateliers' },
      { name: 'session (booking form)', path: `/seances/${sessionId}` },
      { name: 'booking', path: `/reservation/${BOOKING_TOKEN}` },
      { name: 'tools', path: '/outils' },
      { name: 'resources', path: '/ressources' },
      // The floor every page pays: the layout and no data (issue 15's trivial page).
      { name: 'trivial page (layout, no data)', path: '/accessibilite' },
    ];
    const release = await acquireLock();
    const tiles = await startTileServer();
    try {
      console.log('› building the site for production');
      buildApps(['site']);
      const port = await freePort();
      const site = `http://127.0.0.1:${port}`;
      servers.push(
        serveApp(
          'site',
          port,
          { ...benchServerEnv(database.url, site), MAP_TILES_URL: tiles.url },
          { quiet: true },
        ),
      );
      await waitForHealth(site, servers[0] as ChildProcess);
      const weights: PageWeight[] = [];
      for (const page of pages) {
        const weight = await weighPage(site, page.name, page.path);
        weights.push(weight);
        console.log(
          `  ${page.path}: ${weight.status}, JS ${(weight.js.gzipBytes / 1024).toFixed(1)} KiB gzip, CSS ${(weight.css.gzipBytes / 1024).toFixed(1)} KiB gzip`,
        );
      }
      let lighthouseRuns: LighthouseScores[] = [];
      let lighthouseError: string | undefined;
      if (process.env.BENCH_LIGHTHOUSE === '0') lighthouseError = 'skipped (BENCH_LIGHTHOUSE=0)';
      else
        try {
          lighthouseRuns = await runLighthouse(
            site,
            // Every page of the list (issue 15: all eight measured, not four), the trivial page included.
            pages,
          );
        } catch (error) {
          // The weights stand on their own: a browser that cannot start is reported, not fatal.
          lighthouseError = error instanceof Error ? error.message : String(error);
          console.error(`  lighthouse failed: ${lighthouseError}`);
        }
      const report: FrontendReport = {
        date: new Date().toISOString().slice(0, 10),
        commit: version('git', ['rev-parse', '--short', 'HEAD']),
        machine: machineOf(),
        chromium: version(CHROME_PATH, ['--version']),
        lighthouse: (await import('lighthouse/package.json', { with: { type: 'json' } })).default.version,
        pages: weights,
        lighthouseRuns,
        ...(lighthouseError ? { lighthouseError } : {}),
      };
      if (write) await writeFrontendReport(report);
      return report;
    } finally {
      await Promise.all(servers.map(stopServer));
      tiles.server.close();
      await release();
    }
  } finally {
    await database.dispose();
  }
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

/** Issue 15's budget: the JavaScript a public page loads with itself, gzip. */
export const JS_BUDGET_GZIP_BYTES = 128 * 1024;

async function writeFrontendReport(report: FrontendReport) {
  const { machine } = report;
  const weights = [
    '| page | path | status | JS files | JS (gzip) | ≤ 128 KiB | JS (raw) | CSS files | CSS (gzip) | inline scripts (gzip) | HTML (gzip) |',
    '| --- | --- | ---: | ---: | ---: | :-: | ---: | ---: | ---: | ---: | ---: |',
    ...report.pages.map(
      (p) =>
        `| ${p.name} | \`${p.path.replace(/reservation\/.+$/, 'reservation/<token>')}\` | ${p.status} | ${p.js.files} | ${kib(p.js.gzipBytes)} | ${p.js.gzipBytes <= JS_BUDGET_GZIP_BYTES ? 'pass' : 'FAIL'} | ${kib(p.js.bytes)} | ${p.css.files} | ${kib(p.css.gzipBytes)} | ${kib(p.inlineScriptGzipBytes)} | ${kib(p.htmlGzipBytes)} |`,
    ),
  ];
  const scores = [
    '| page | performance | accessibility | best practices | FCP ms | LCP ms | TBT ms | CLS | CPU index |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...report.lighthouseRuns.map(
      (l) =>
        `| ${l.name} | ${l.performance} | ${l.accessibility} | ${l.bestPractices} | ${l.firstContentfulPaintMs} | ${l.largestContentfulPaintMs} | ${l.totalBlockingTimeMs} | ${l.cumulativeLayoutShift} | ${l.benchmarkIndex} |`,
    ),
  ];
  const markdown = `# Front-end budget — ${report.date}

Produced by \`pnpm bench:frontend\` (bench/frontend.ts) at commit \`${report.commit}\`.

- Machine: ${machine.cores} cores (${machine.cpu}), ${machine.memoryGiB} GiB memory, ${machine.platform}; Node ${process.version}.
- The site's production build served by its production server (\`server.ts\`) on loopback, on the generated network and its workshops.
- Weights: every file the page's HTML loads with it (\`<script src>\`, \`modulepreload\`, inline \`import\`s,
  stylesheets), fetched and gzipped with node:zlib (level 6); files shared by pages count in each. Files a page
  fetches later on demand (the directory map) are not counted here (see the directory benchmark). The page's
  messages (decision 049) travel in its inline scripts (the root loader's data), counted in their own column.
- Lighthouse ${report.lighthouse} in ${report.chromium} (headless, no sandbox), default settings: mobile, simulated
  slow 4G and 4× CPU slowdown; scores out of 100, of the median of ${LIGHTHOUSE_RUNS} runs per page. The map's
  tiles come from a stand-in server on loopback. CPU index: Lighthouse's benchmark of the machine during the
  run (higher is faster); total blocking time is measured tasks × 4, so it follows the machine's load.

## Bytes each public page loads

${weights.join('\n')}

## Lighthouse

${report.lighthouseRuns.length > 0 ? scores.join('\n') : `Not measured: ${report.lighthouseError ?? 'no run'}.`}
${report.lighthouseRuns
  .filter((l) => l.failedAudits.length > 0)
  .map((l) => `\n- ${l.name}, audits not passed: ${l.failedAudits.join('; ')}.`)
  .join('')}
`;
  await mkdir('bench/results', { recursive: true });
  const base = `bench/results/frontend-${report.date}`;
  await writeFile(`${base}.json`, `${JSON.stringify(report, null, 2)}\n`);
  await writeFile(`${base}.md`, markdown);
  console.log(`› wrote ${base}.json and ${base}.md`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => process.exit(130));
  runFrontendBenchmark().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
