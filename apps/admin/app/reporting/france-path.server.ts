// Metropolitan France's outline as one SVG path, from Natural Earth's 1:50m countries shipped by the
// `world-atlas` package (as the site's map fallback does), computed once per process and served as an image
// (`/carte/france.svg`): the browser keeps it, so no dashboard page carries its 7 KB twice (markup and data).
import { createRequire } from 'node:module';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import { inMetropole, MAP_HEIGHT, MAP_WIDTH, project } from './france-projection.ts';

/** ISO 3166-1 numeric code of France in Natural Earth. */
const FRANCE = '250';

type Topology = Parameters<typeof feature>[0];
type GeometryObject = Parameters<typeof feature>[1];

let path: string | undefined;

function ringPath(ring: Position[]): string {
  return `${ring
    .map(([lng, lat], i) => {
      const [x, y] = project(lng ?? 0, lat ?? 0);
      return `${i === 0 ? 'M' : 'L'}${x} ${y}`;
    })
    .join('')}Z`;
}

function franceMetropolePath(): string {
  if (path === undefined) {
    const topology = createRequire(import.meta.url)('world-atlas/countries-50m.json') as Topology & {
      objects: { countries: { geometries: (GeometryObject & { id?: string })[] } };
    };
    const france = topology.objects.countries.geometries.find((g) => g.id === FRANCE);
    if (!france) throw new Error('world-atlas: France (250) is missing');
    const geometry = (feature(topology, france) as { geometry: Polygon | MultiPolygon }).geometry;
    const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
    // Overseas départements lie outside the frame: only the polygons of metropolitan France and Corsica.
    path = polygons
      .filter((polygon) => {
        const [lng, lat] = polygon[0]?.[0] ?? [0, 0];
        return inMetropole(lng ?? 0, lat ?? 0);
      })
      .map((polygon) => polygon.map(ringPath).join(''))
      .join('');
  }
  return path;
}

/** The outline as an SVG document of the dashboards' map frame, drawn as the map's background. */
export function franceMetropoleSvg(): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${MAP_WIDTH} ${MAP_HEIGHT}" width="${MAP_WIDTH}" height="${MAP_HEIGHT}"><path d="${franceMetropolePath()}" fill="#f6f6f6" stroke="#666666" stroke-width="0.6"/></svg>`;
}
