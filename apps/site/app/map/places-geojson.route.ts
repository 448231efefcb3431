import { normaliseDirectorySearch } from '@rf/domain/directory/search';
import { requestScope, withPageErrors } from '@rf/web/server';
import type { Route } from './+types/places-geojson.route';

/**
 * `/lieux.geojson?…`: the places of a directory search (the same query string as `/lieux`, every page)
 * as GeoJSON, for the map's markers.
 * The database down: 503 with `Retry-After` (`withPageErrors`), never a 500.
 */
export const loader = withPageErrors(async ({ request }: Route.LoaderArgs) => {
  const { api, headers } = await requestScope(request);
  const collection = await api.directory.map(normaliseDirectorySearch(new URL(request.url).searchParams));
  headers.set('content-type', 'application/geo+json; charset=utf-8');
  // Public data, but "open now" changes with the clock: a short cache; private when a renewed session
  // cookie rides along.
  headers.set('cache-control', `${headers.has('set-cookie') ? 'private' : 'public'}, max-age=60`);
  return new Response(JSON.stringify(collection), { headers });
});
