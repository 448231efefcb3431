// The SQL of each public page (issue 15), timed on its own: for every page, the repository functions its
// procedures call (same order, same inputs as the page), run as `anon` inside one transaction like a
// request, N times; p50/p95 of the page's SQL (the sum of its statements' round trips) and of each
// statement, and the EXPLAIN (ANALYZE, BUFFERS) of every statement, written to
// bench/results/public-sql-<date>.{json,md}. Goal: p50 under 5 ms on the network dataset (1,800 places)
// and under 20 ms on a national one (20,000 places).
//
// `BENCH_DATABASE_URL=<url> pnpm bench:sql` runs against a loaded dataset (`BENCH_KEEP=1 pnpm bench:dataset`
// prints its URL); without it, a throw-away database is loaded first (activity records scaled down to
// BENCH_RECORDS, 20,000 by default: no public page reads them; BENCH_DATASET=national or BENCH_PLACES for the
// national map's 20,000 places, see dataset.ts). BENCH_SQL_N sets the runs per page (50). A database of more
// than 5,000 public places is measured against the national goal (20 ms) and written with the suffix
// `-national`; BENCH_SQL_SUFFIX adds another (`-before`, ...).
import { mkdir, writeFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { listCatalogueFacets, searchPublicSessions } from '@rf/db/catalogue/catalogue-search.repository';
import { findPublicSession } from '@rf/db/catalogue/public-session.repository';
import { listPublicUpcomingSessions } from '@rf/db/catalogue/upcoming-sessions.repository';
import { createDb } from '@rf/db/client';
import { countNetwork, listPublicFabriques } from '@rf/db/directory/network-overview.repository';
import {
  listDirectoryFacets,
  type PlaceSearchFilters,
  resolveNearPoint,
  searchPublicPlaces,
} from '@rf/db/directory/public-directory.repository';
import { clearPublicFiguresCache } from '@rf/db/directory/public-figures-cache';
import { findPublicPlacePage } from '@rf/db/directory/public-place-page.repository';
import { migrate } from '@rf/db/migrate';
import { type Tx, withSession } from '@rf/db/rls';
import { searchPublicResources } from '@rf/db/sharing/resources.repository';
import {
  listPlacesSharingTools,
  listPublicToolCategories,
  searchPublicTools,
} from '@rf/db/sharing/tools.repository';
import { CATALOGUE_PAGE_SIZE, catalogueDays } from '@rf/domain/booking/catalogue-search';
import { DIRECTORY_PAGE_SIZE, parseNearQuery, searchWords } from '@rf/domain/directory/search';
import { TOOL_CATALOGUE_PAGE_SIZE } from '@rf/domain/sharing/sharing.schema';
import { type CompiledQuery, sql } from 'kysely';
import { startThrowawayDatabase } from '../scripts/stack.ts';
import { datasetSizeFromEnv, loadNetworkDataset } from './dataset.ts';
import { machineOf } from './report.ts';

const RUNS = Number(process.env.BENCH_SQL_N ?? 50);
const WARMUP = 5;

interface Captured {
  sql: string;
  parameters: readonly unknown[];
  ms: number;
}

/** Statements of the transaction's plumbing, not of the page. */
const plumbing = /^(begin|commit|rollback|select set_config\('role')/i;

let capture: Captured[] | null = null;

// The app's own client, so that `withSession` really takes the `anon` role (its opening statement is sent by
// that client's driver): a plain Kysely ran every page as the owner, without row-level security, and hid
// plans that only `anon` gets (decision 069).
function benchDb(url: string) {
  return createDb(url, {
    max: 2,
    log(event) {
      if (event.level !== 'query' || !capture) return;
      const { sql: text, parameters } = event.query as CompiledQuery;
      if (plumbing.test(text.trim())) return;
      capture.push({ sql: text, parameters, ms: event.queryDurationMillis });
    },
  });
}

type Db = ReturnType<typeof benchDb>;

interface Page {
  name: string;
  run: (tx: Tx) => Promise<unknown>;
}

interface Inputs {
  placeSlug: string;
  sessionId: string;
  service: string;
  departement: string;
  theme: string;
}

/** Inputs the benchmarks use: a fabrique with a hub, an upcoming session, the biggest service × département. */
async function pickInputs(db: Db): Promise<Inputs> {
  const { rows: place } = await sql<{ slug: string }>`
    select p.slug from public.places p
    where p.status = 'published' and p.hidden_at is null
      and exists (select 1 from public.places h where h.hub_fabrique_id = p.id)
    order by (p.slug = 'reseau-2019-1') desc, p.slug limit 1`.execute(db);
  const { rows: session } = await sql<{ id: string }>`
    select s.id from public.sessions s join public.activities a on a.id = s.activity_id
      join public.places p on p.id = s.place_id
    where s.status = 'scheduled' and s.starts_at > now() + interval '2 days'
      and a.status = 'published' and a.hidden_at is null and p.status = 'published' and p.hidden_at is null
    order by s.starts_at, s.id limit 1`.execute(db);
  const { rows: pair } = await sql<{ service: string; departement: string }>`
    select s.service, c.departement_code as departement
    from public.places p join public.communes c on c.code = p.commune_code
      cross join unnest(p.services) s(service)
    where p.status = 'published' and p.hidden_at is null
    group by 1, 2 order by count(*) desc, 1, 2 limit 1`.execute(db);
  return {
    placeSlug: place[0]?.slug ?? 'reseau-2019-1',
    sessionId: session[0]?.id ?? '00000000-0000-0000-0000-000000000000',
    service: pair[0]?.service ?? '',
    departement: pair[0]?.departement ?? '29',
    theme: 'email',
  };
}

/** What each public page's procedures ask the database, as they ask it. */
function pagesOf(inputs: Inputs): Page[] {
  const now = () => new Date();
  const noFilter: PlaceSearchFilters = { words: [] };
  const directory = async (tx: Tx, filters: PlaceSearchFilters, pres?: string) => {
    if (pres) {
      const point = await resolveNearPoint(tx, parseNearQuery(pres));
      if (point) filters = { ...filters, near: { latitude: point.latitude, longitude: point.longitude } };
    }
    await searchPublicPlaces(tx, filters, { limit: DIRECTORY_PAGE_SIZE, offset: 0 });
    await listDirectoryFacets(tx);
  };
  const catalogue = async (
    tx: Tx,
    extra: { q?: string; theme?: string; freeOnly?: boolean; pres?: string; rayon?: number },
  ) => {
    const at = now();
    const range = catalogueDays({ page: 1 } as Parameters<typeof catalogueDays>[0], at);
    const filters = {
      words: searchWords(extra.q),
      fromDay: range.from,
      toDay: range.to,
      after: at.toISOString(),
      theme: extra.theme,
      freeOnly: extra.freeOnly ?? false,
      accessibleOnly: false,
      near: undefined as undefined | { latitude: number; longitude: number; radiusKm?: number },
    };
    if (extra.pres) {
      const point = await resolveNearPoint(tx, parseNearQuery(extra.pres));
      if (point)
        filters.near = { latitude: point.latitude, longitude: point.longitude, radiusKm: extra.rayon };
    }
    await searchPublicSessions(tx, filters, { limit: CATALOGUE_PAGE_SIZE, offset: 0 });
    await listCatalogueFacets(tx, at.toISOString());
  };
  return [
    {
      name: 'home',
      run: async (tx) => {
        await countNetwork(tx, 'public');
        await listPublicFabriques(tx, 6);
        await listPublicUpcomingSessions(tx, { from: now().toISOString(), limit: 5 });
      },
    },
    { name: 'directory: no filter', run: (tx) => directory(tx, noFilter) },
    {
      name: 'directory: text search with typos (atelir numerik)',
      run: (tx) => directory(tx, { words: searchWords('atelir numerik') }),
    },
    {
      name: 'directory: service + département',
      run: (tx) => directory(tx, { words: [], service: inputs.service, departementCode: inputs.departement }),
    },
    { name: 'directory: near a commune (Concarneau)', run: (tx) => directory(tx, noFilter, 'Concarneau') },
    {
      name: 'place page',
      // The page's one statement (decision 069), with the limits `directory.place` asks.
      run: async (tx) => {
        const page = await findPublicPlacePage(tx, inputs.placeSlug, {
          sessionsFrom: now().toISOString(),
          sessions: 5,
          tools: 6,
          resources: 7,
        });
        if (!page) throw new Error(`no public place ${inputs.placeSlug}`);
      },
    },
    { name: 'catalogue: no filter', run: (tx) => catalogue(tx, {}) },
    { name: 'catalogue: theme + free only', run: (tx) => catalogue(tx, { theme: 'email', freeOnly: true }) },
    { name: 'catalogue: text (impresion 3d)', run: (tx) => catalogue(tx, { q: 'impresion 3d' }) },
    {
      name: 'catalogue: near Concarneau, 50 km',
      run: (tx) => catalogue(tx, { pres: 'Concarneau', rayon: 50 }),
    },
    { name: 'session page', run: (tx) => findPublicSession(tx, inputs.sessionId) },
    {
      name: 'tools',
      run: async (tx) => {
        await searchPublicTools(tx, { page: 1, pageSize: TOOL_CATALOGUE_PAGE_SIZE });
        await listPublicToolCategories(tx);
        await listPlacesSharingTools(tx);
      },
    },
    { name: 'resources', run: (tx) => searchPublicResources(tx, {}) },
  ];
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return Math.round((sorted[Math.max(0, index)] ?? 0) * 100) / 100;
}

interface StatementResult {
  sql: string;
  p50Ms: number;
  p95Ms: number;
  plan: string;
}

interface PageResult {
  name: string;
  runs: number;
  p50Ms: number;
  p95Ms: number;
  /** The first run's SQL, caches empty (one sample). */
  coldMs: number;
  statements: StatementResult[];
}

async function explain(db: Db, statement: Captured): Promise<string> {
  return withSession(db, null, async (tx) => {
    const { rows } = await tx.executeQuery<{ 'QUERY PLAN': string }>({
      sql: `explain (analyze, buffers) ${statement.sql}`,
      parameters: statement.parameters,
      query: { kind: 'RawNode' } as never,
      queryId: { queryId: 'explain' } as never,
    });
    return rows.map((r) => r['QUERY PLAN']).join('\n');
  });
}

async function measure(db: Db, page: Page): Promise<PageResult> {
  const totals: number[] = [];
  const perStatement: number[][] = [];
  let last: Captured[] = [];
  let coldMs = 0;
  // The first run finds the per-instance caches empty (decisions 048, 069, 072): what the page costs once
  // after any write to places or activities, or for a search nobody asked since.
  clearPublicFiguresCache();
  for (let i = 0; i < WARMUP + RUNS; i++) {
    capture = [];
    await withSession(db, null, page.run);
    const statements = capture;
    capture = null;
    if (i === 0) coldMs = Math.round(statements.reduce((sum, s) => sum + s.ms, 0) * 100) / 100;
    if (i < WARMUP) continue;
    totals.push(statements.reduce((sum, s) => sum + s.ms, 0));
    statements.forEach((s, j) => {
      perStatement[j] ??= [];
      perStatement[j]?.push(s.ms);
    });
    last = statements;
  }
  totals.sort((a, b) => a - b);
  const statements: StatementResult[] = [];
  for (const [j, statement] of last.entries()) {
    const times = (perStatement[j] ?? []).sort((a, b) => a - b);
    statements.push({
      sql: statement.sql,
      p50Ms: percentile(times, 50),
      p95Ms: percentile(times, 95),
      plan: await explain(db, statement),
    });
  }
  return {
    name: page.name,
    runs: RUNS,
    p50Ms: percentile(totals, 50),
    p95Ms: percentile(totals, 95),
    coldMs,
    statements,
  };
}

const firstLine = (text: string) => text.replace(/\s+/g, ' ').trim().slice(0, 110);

function markdown(result: {
  date: string;
  places: number;
  sessions: number;
  machine: unknown;
  pages: PageResult[];
  goalMs: number;
}) {
  const lines = [
    `# Public pages' SQL, ${result.date}`,
    '',
    `${result.places.toLocaleString('en')} public places, ${result.sessions.toLocaleString('en')} sessions; ` +
      `${RUNS} runs per page as \`anon\` (after ${WARMUP} warm-up runs); goal: each page's SQL p50 under ` +
      `${result.goalMs} ms. Machine: \`${JSON.stringify(result.machine)}\`.`,
    '',
    '| page | statements | p50 ms | p95 ms | first run, caches empty (ms) | goal |',
    '| --- | --- | --- | --- | --- | --- |',
    ...result.pages.map(
      (p) =>
        `| ${p.name} | ${p.statements.length} | ${p.p50Ms} | ${p.p95Ms} | ${p.coldMs} | ${p.p50Ms < result.goalMs ? 'pass' : 'FAIL'} |`,
    ),
    '',
  ];
  for (const page of result.pages) {
    lines.push(`## ${page.name}`, '');
    for (const s of page.statements) {
      lines.push(
        `### ${s.p50Ms} ms (p95 ${s.p95Ms}): \`${firstLine(s.sql)}…\``,
        '',
        '```',
        s.plan,
        '```',
        '',
      );
    }
  }
  return lines.join('\n');
}

async function main() {
  let url = process.env.BENCH_DATABASE_URL;
  let dispose = async () => {};
  if (!url) {
    const database = await startThrowawayDatabase('rf-bench-sql-');
    dispose = () => database.dispose();
    url = database.url;
    await migrate(url);
    const { size } = datasetSizeFromEnv({ BENCH_RECORDS: '20000', ...process.env });
    await loadNetworkDataset(url, { records: size.records, bookings: size.bookings, size });
  }
  const db = benchDb(url);
  try {
    const inputs = await pickInputs(db);
    const { rows: counts } = await sql<{ places: number; sessions: number }>`
      select (select count(*)::int from public.places where status = 'published' and hidden_at is null) as places,
        (select count(*)::int from public.sessions) as sessions`.execute(db);
    const places = counts[0]?.places ?? 0;
    const goalMs = places > 5_000 ? 20 : 5;
    console.log(`› ${places} public places; inputs ${JSON.stringify(inputs)}`);
    const pages: PageResult[] = [];
    for (const page of pagesOf(inputs)) {
      const result = await measure(db, page);
      pages.push(result);
      console.log(
        `  ${page.name}: p50 ${result.p50Ms} ms, p95 ${result.p95Ms} ms, first run ${result.coldMs} ms (${result.statements.length} statements: ${result.statements.map((s) => s.p50Ms).join(' + ')})`,
      );
    }
    const result = {
      date: new Date().toISOString().slice(0, 10),
      machine: machineOf(),
      places,
      sessions: counts[0]?.sessions ?? 0,
      runs: RUNS,
      goalMs,
      inputs,
      pages,
    };
    const suffix =
      (places > 5_000 ? '-national' : '') +
      (process.env.BENCH_SQL_SUFFIX ? `-${process.env.BENCH_SQL_SUFFIX}` : '');
    const base = `bench/results/public-sql-${result.date}${suffix}`;
    await mkdir('bench/results', { recursive: true });
    await writeFile(`${base}.json`, `${JSON.stringify(result, null, 2)}\n`);
    await writeFile(`${base}.md`, `${markdown(result)}\n`);
    console.log(`› ${base}.{json,md}`);
  } finally {
    await db.destroy();
    await dispose();
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
