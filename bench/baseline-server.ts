// The benchmark's baseline: a bare `node:http` server that runs the directory's SQL, through the same
// repository functions and `withSession` as anon that the public procedures call, one transaction per
// procedure as the site does, and answers JSON. No router, no React, no opening-hours rules: what is left
// between the site's figures and these is the cost of the application around the database.
import { createServer, type ServerResponse } from 'node:http';
import { createDb, withSession } from '@rf/db';
import { listPublicUpcomingSessions } from '@rf/db/catalogue/upcoming-sessions.repository';
import {
  findPublicPlaceBySlug,
  findPublicPlaceLink,
  listDirectoryFacets,
  listPlaceLabelGrants,
  listPublicHubPlaces,
  type PlaceSearchFilters,
  resolveNearPoint,
  searchPublicPlaces,
} from '@rf/db/directory/public-directory.repository';
import {
  DIRECTORY_PAGE_SIZE,
  normaliseDirectorySearch,
  parseNearQuery,
  searchWords,
} from '@rf/domain/directory/search';

const url = process.env.DATABASE_URL;
const port = Number(process.env.PORT);
if (!url || !port) throw new Error('DATABASE_URL and PORT are required');
// The same pool size as the site's default (DATABASE_POOL_SIZE).
const db = createDb(url, { max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });

/** `/lieux?…`: the SQL of `directory.search` (without "open now", which no scenario uses) and `directory.facets`. */
async function search(params: URLSearchParams) {
  const input = normaliseDirectorySearch(params);
  const results = await withSession(db, null, async (tx) => {
    const filters: PlaceSearchFilters = {
      words: searchWords(input.q),
      service: input.service,
      kind: input.typologie,
      labelCode: input.label,
      regionCode: input.region,
      departementCode: input.departement,
      territory: input.territoire,
      fees: input.frais,
      specificSupport: input.prise_en_charge,
    };
    if (input.pres) {
      const point = await resolveNearPoint(tx, parseNearQuery(input.pres));
      if (point)
        filters.near = { latitude: point.latitude, longitude: point.longitude, radiusKm: input.rayon };
    }
    return searchPublicPlaces(tx, filters, {
      limit: DIRECTORY_PAGE_SIZE,
      offset: (input.page - 1) * DIRECTORY_PAGE_SIZE,
    });
  });
  const facets = await withSession(db, null, (tx) => listDirectoryFacets(tx));
  return { results, facets };
}

/** `/lieux/:slug`: the SQL of `directory.place`. */
async function place(slug: string) {
  return withSession(db, null, async (tx) => {
    const p = await findPublicPlaceBySlug(tx, slug);
    if (!p) return null;
    const now = new Date().toISOString();
    return {
      place: p,
      grants: await listPlaceLabelGrants(tx, p.id),
      fabrique: p.hubFabriqueId ? await findPublicPlaceLink(tx, p.hubFabriqueId) : null,
      hubPlaces: p.isFabrique ? await listPublicHubPlaces(tx, p.id) : [],
      sessions: await listPublicUpcomingSessions(tx, { from: now, limit: 5, placeId: p.id }),
    };
  });
}

function send(res: ServerResponse, status: number, body: unknown) {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(text);
}

const server = createServer((req, res) => {
  const { pathname, searchParams } = new URL(req.url ?? '/', 'http://baseline');
  const slug = /^\/lieux\/([a-z0-9]+(?:-[a-z0-9]+)*)$/.exec(pathname)?.[1];
  const work =
    pathname === '/health'
      ? Promise.resolve({ ok: true })
      : pathname === '/lieux'
        ? search(searchParams)
        : slug
          ? place(slug)
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
