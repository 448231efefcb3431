// The catalogue benchmark's baseline: a bare `node:http` server that runs the SQL of `/ateliers` — the same
// repository functions the `catalogue.search` and `catalogue.facets` procedures call, each in one
// transaction through `withSession` as anon — and answers JSON. No router, no React, no tRPC: what is left
// between the site's figures and these is the cost of the application around the database.
import { createServer, type ServerResponse } from 'node:http';
import { createDb, withSession } from '@rf/db';
import {
  type CatalogueFilters,
  listCatalogueFacets,
  searchPublicSessions,
} from '@rf/db/catalogue/catalogue-search.repository';
import { resolveNearPoint } from '@rf/db/directory/public-directory.repository';
import {
  CATALOGUE_PAGE_SIZE,
  catalogueDays,
  normaliseCatalogueSearch,
} from '@rf/domain/booking/catalogue-search';
import { parseNearQuery, searchWords } from '@rf/domain/directory/search';

const url = process.env.DATABASE_URL;
const port = Number(process.env.PORT);
if (!url || !port) throw new Error('DATABASE_URL and PORT are required');
// The same pool size as the site's default (DATABASE_POOL_SIZE).
const db = createDb(url, { max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });

/** `/ateliers?…`: the SQL of `catalogue.search` then `catalogue.facets`, as the page's loader calls them. */
async function catalogue(params: URLSearchParams) {
  const input = normaliseCatalogueSearch(params);
  const now = new Date();
  const range = catalogueDays(input, now);
  const results = await withSession(db, null, async (tx) => {
    const filters: CatalogueFilters = {
      words: searchWords(input.q),
      fromDay: range.from,
      toDay: range.to,
      after: now.toISOString(),
      theme: input.theme,
      freeOnly: input.gratuit === '1',
      level: input.niveau,
      format: input.format,
      kind: input.type,
      accessibleOnly: input.accessible === '1',
    };
    if (input.pres) {
      const point = await resolveNearPoint(tx, parseNearQuery(input.pres));
      if (point)
        filters.near = { latitude: point.latitude, longitude: point.longitude, radiusKm: input.rayon };
    }
    return searchPublicSessions(tx, filters, {
      limit: CATALOGUE_PAGE_SIZE,
      offset: (input.page - 1) * CATALOGUE_PAGE_SIZE,
    });
  });
  const facets = await withSession(db, null, (tx) => listCatalogueFacets(tx, now.toISOString()));
  return { range, results, facets };
}

function send(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

const server = createServer((req, res) => {
  const { pathname, searchParams } = new URL(req.url ?? '/', 'http://baseline');
  const work =
    pathname === '/health'
      ? Promise.resolve({ ok: true })
      : pathname === '/ateliers'
        ? catalogue(searchParams)
        : Promise.resolve(null);
  work.then(
    (body) => send(res, body === null ? 404 : 200, body),
    (error: unknown) => {
      console.error(error);
      send(res, 500, { error: 'internal' });
    },
  );
});

server.listen(port, '127.0.0.1');
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    server.close();
    server.closeAllConnections();
    void db.destroy().finally(() => process.exit(0));
  });
}
