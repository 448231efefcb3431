// France's outline for the directory map, from Natural Earth's 1:50m countries shipped by the
// `world-atlas` package: drawn under the markers, it keeps the map readable when no tile server answers.
import { createRequire } from 'node:module';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';

/** ISO 3166-1 numeric code of France in Natural Earth (metropolitan France and the overseas départements). */
const FRANCE = '250';

type Topology = Parameters<typeof feature>[0];
type GeometryObject = Parameters<typeof feature>[1];

let outline: string | undefined;

/** The outline as GeoJSON text, computed once per process (the data never changes at run time). */
export function franceOutlineGeoJson(): string {
  if (outline === undefined) {
    // Read at run time from the package, not bundled: the server build stays small.
    const topology = createRequire(import.meta.url)('world-atlas/countries-50m.json') as Topology & {
      objects: { countries: { geometries: (GeometryObject & { id?: string })[] } };
    };
    const france = topology.objects.countries.geometries.find((g) => g.id === FRANCE);
    if (!france) throw new Error('world-atlas: France (250) is missing');
    const geo = feature(topology, france) as Feature<Polygon | MultiPolygon>;
    outline = JSON.stringify({ ...geo, properties: { name: 'France' } }, (_key, value) =>
      // ~100 m: plenty for an outline at country zoom, and a third of the bytes.
      typeof value === 'number' ? Math.round(value * 1e3) / 1e3 : value,
    );
  }
  return outline;
}
