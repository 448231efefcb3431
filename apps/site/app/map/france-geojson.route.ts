import { franceOutlineGeoJson } from './france-outline.server.ts';

/** `/carte/france.geojson`: France's outline, the map's background that needs no tile server. */
export function loader() {
  return new Response(franceOutlineGeoJson(), {
    headers: {
      'content-type': 'application/geo+json; charset=utf-8',
      // The same for everyone and for the life of a release.
      'cache-control': 'public, max-age=86400, stale-while-revalidate=604800',
    },
  });
}
