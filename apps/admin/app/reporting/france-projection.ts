// A plain equirectangular projection of metropolitan France for the dashboards' SVG map: longitudes shrunk
// by the cosine of the middle latitude, so shapes look right at this size. Server and page share it.

const WEST = -5.3;
const EAST = 9.7;
const NORTH = 51.2;
const SOUTH = 41.2;
const SHRINK = Math.cos((46.2 * Math.PI) / 180);

export const MAP_WIDTH = 400;
const SCALE = MAP_WIDTH / ((EAST - WEST) * SHRINK);
export const MAP_HEIGHT = Math.round((NORTH - SOUTH) * SCALE);

export function inMetropole(lng: number, lat: number): boolean {
  return lng >= WEST && lng <= EAST && lat >= SOUTH && lat <= NORTH;
}

/** SVG coordinates of a point, rounded to a tenth of a pixel. */
export function project(lng: number, lat: number): [number, number] {
  return [Math.round((lng - WEST) * SHRINK * SCALE * 10) / 10, Math.round((NORTH - lat) * SCALE * 10) / 10];
}
