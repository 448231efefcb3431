// Commune centres from a file (decision 063): no maintained npm package ships them, so an operator may load
// a published list once (`pnpm --filter @rf/db db commune-centres <file.csv>`), e.g. the national
// "communes de France" file of data.gouv.fr or IGN's ADMIN EXPRESS chefs-lieux exported as CSV. The columns
// are found by name: the INSEE code (`code`, `code_insee`, `code_commune_insee`, `insee`, `codgeo`) and the
// point (`latitude`/`longitude`, `lat`/`lon`, `latitude_centre`/`longitude_centre`, or
// `latitude_mairie`/`longitude_mairie`). Lines with another code or an impossible point are skipped.
import { readCsv } from '../reporting/csv.ts';

export interface CommuneCentre {
  code: string;
  latitude: number;
  longitude: number;
}

const CODE = ['code', 'code_insee', 'code_commune_insee', 'insee', 'codgeo', 'code_commune'];
const LATITUDE = ['latitude_centre', 'latitude', 'lat', 'latitude_mairie'];
const LONGITUDE = ['longitude_centre', 'longitude', 'lon', 'lng', 'longitude_mairie'];

const number = (text: string | undefined) => {
  const value = Number((text ?? '').trim().replace(',', '.'));
  return text !== undefined && text.trim() !== '' && Number.isFinite(value) ? value : null;
};

export function readCommuneCentres(
  text: string,
): { ok: true; centres: CommuneCentre[]; skipped: number } | { ok: false; error: string } {
  const read = readCsv(text);
  if (!read.ok) return { ok: false, error: `${read.error} on line ${read.line}` };
  const [header, ...rows] = read.records;
  if (!header) return { ok: false, error: 'empty file' };
  const names = header.fields.map((f) => f.trim().toLowerCase());
  const column = (candidates: string[]) =>
    candidates.map((c) => names.indexOf(c)).find((index) => index >= 0) ?? -1;
  const [code, lat, lon] = [column(CODE), column(LATITUDE), column(LONGITUDE)];
  if (code < 0 || lat < 0 || lon < 0)
    return { ok: false, error: 'the header must name the INSEE code, the latitude and the longitude' };
  const centres = new Map<string, CommuneCentre>();
  let skipped = 0;
  for (const { fields } of rows) {
    const insee = (fields[code] ?? '').trim().toUpperCase().padStart(5, '0');
    const latitude = number(fields[lat]);
    const longitude = number(fields[lon]);
    if (
      !/^[0-9][0-9AB][0-9]{3}$/.test(insee) ||
      latitude === null ||
      longitude === null ||
      Math.abs(latitude) > 90 ||
      Math.abs(longitude) > 180
    ) {
      skipped += 1;
      continue;
    }
    centres.set(insee, { code: insee, latitude, longitude });
  }
  return { ok: true, centres: [...centres.values()], skipped };
}
