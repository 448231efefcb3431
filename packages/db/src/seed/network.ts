import {
  FRAIS_A_CHARGE,
  MODALITES_ACCES,
  MODALITES_ACCOMPAGNEMENT,
  PUBLICS_SPECIFIQUEMENT_ADRESSES,
  SERVICES,
} from '@rf/domain';
import { sql } from 'kysely';
import type { Db } from '../client.ts';

// A network the size of the programme (SPEC §1, §5): 300 fabriques (30 of them numériques, half in QPV)
// heading hubs of tiers-lieux, 1,800 places in all, in real communes of the `communes` table. Deterministic:
// the same seed gives the same rows (ids included), so tests and the benchmark can count on them, and a
// second run inserts nothing. For volume tests and benchmarks, never for production data.

export interface NetworkOptions {
  seed?: number;
  /** Fabriques among the places (heads of hubs). */
  fabriques?: number;
  /** Places in all, fabriques included. */
  places?: number;
}

export interface CommuneSample {
  code: string;
  postalCodes: readonly string[];
}

/** mulberry32: a small, fast, well-spread 32-bit PRNG. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface NetworkPlace {
  id: string;
  slug: string;
  name: string;
  kinds: string[];
  address: string;
  postal_code: string;
  commune_code: string;
  is_qpv: boolean;
  is_rural: boolean;
  opening_hours: string;
  summary: string;
  services: string[];
  publics: string[];
  fees: string[];
  access_modes: string[];
  support_modes: string[];
  hub_fabrique_id: string | null;
  status: 'published';
  source: string;
}

export interface NetworkLabel {
  place_id: string;
  code: 'fabrique_territoire' | 'fabrique_numerique_territoire' | 'france_services';
  granted_on: string;
}

export interface NetworkPlan {
  places: NetworkPlace[];
  labels: NetworkLabel[];
}

const SOURCE = 'Réseau Fabriques (réseau généré pour les tests)';
const HOURS = [
  'Mo-Fr 09:00-17:00',
  'Tu-Sa 10:00-18:00',
  'Mo-Fr 09:00-12:00,14:00-18:00',
  'We,Sa 10:00-17:00',
];
const KINDS = ['TIERS_LIEUX', 'FABLAB', 'EPN', 'ASSO', 'BIB', 'CS', 'MJC', 'RFS'];
const WORDS = [
  'Atelier',
  'Fabrique',
  'Maison',
  'Labo',
  'Café',
  'Espace',
  'Hangar',
  'Ruche',
  'Station',
  'Comptoir',
];
const THEMES = [
  'numérique',
  'partagé',
  'des possibles',
  'du quartier',
  'citoyen',
  'des savoirs',
  'solidaire',
];
// Days the programme granted labels (3 February 2020 for the first 80, then later waves until 2022).
const GRANTED = ['2020-02-03', '2020-07-15', '2021-01-20', '2021-06-30', '2022-10-31'];

function uuid(next: () => number): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(next() * 16).toString(16)).join('');
  const variant = ((Number.parseInt(hex.charAt(16), 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** The rows of a generated network (pure: the same seed and communes give the same plan). */
export function planNetwork(communes: readonly CommuneSample[], options: NetworkOptions = {}): NetworkPlan {
  const seed = options.seed ?? 2019;
  const fabriqueCount = options.fabriques ?? 300;
  const placeCount = options.places ?? 1_800;
  if (communes.length === 0) throw new Error('planNetwork needs communes (load the reference data first)');
  const next = prng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const some = <T>(list: readonly T[], max: number): T[] => {
    const count = 1 + Math.floor(next() * max);
    return [...new Set(Array.from({ length: count }, () => pick(list)))];
  };
  const places: NetworkPlace[] = [];
  const labels: NetworkLabel[] = [];
  const fabriques: { id: string; commune: CommuneSample }[] = [];
  for (let n = 0; n < placeCount; n += 1) {
    const isFabrique = n < fabriqueCount;
    const hub = isFabrique ? null : (fabriques[Math.floor(next() * fabriques.length)] ?? null);
    // Hub places stay near their fabrique: a commune of the same département, when the sample has one.
    const near = hub ? communes.filter((c) => c.code.slice(0, 2) === hub.commune.code.slice(0, 2)) : [];
    const commune = near.length > 0 && next() < 0.8 ? pick(near) : pick(communes);
    const id = uuid(next);
    const name = `${pick(WORDS)} ${pick(THEMES)} ${n + 1}`;
    places.push({
      id,
      slug: `reseau-${seed}-${n + 1}`,
      name,
      kinds: isFabrique ? ['TIERS_LIEUX', 'FABRIQUE'] : some(KINDS, 2),
      address: `${1 + Math.floor(next() * 120)} rue de la Fabrique`,
      postal_code: commune.postalCodes[0] ?? '00000',
      commune_code: commune.code,
      // The programme: 150 fabriques in priority neighbourhoods (QPV), 150 outside large urban centres.
      is_qpv: isFabrique ? n % 2 === 0 : next() < 0.2,
      is_rural: isFabrique ? n % 2 === 1 : next() < 0.4,
      opening_hours: pick(HOURS),
      summary: `${name} : un tiers-lieu du réseau (données générées).`,
      services: some(SERVICES, 3),
      publics: some(PUBLICS_SPECIFIQUEMENT_ADRESSES, 2),
      fees: some(FRAIS_A_CHARGE, 1),
      access_modes: some(MODALITES_ACCES, 2),
      support_modes: some(MODALITES_ACCOMPAGNEMENT, 2),
      hub_fabrique_id: hub?.id ?? null,
      status: 'published',
      source: SOURCE,
    });
    if (isFabrique) {
      fabriques.push({ id, commune });
      // 30 Fabriques numériques de territoire among the 300.
      const numerique = n < Math.round(fabriqueCount / 10);
      labels.push({
        place_id: id,
        code: numerique ? 'fabrique_numerique_territoire' : 'fabrique_territoire',
        granted_on: pick(GRANTED),
      });
    } else if (next() < 0.1) {
      labels.push({ place_id: id, code: 'france_services', granted_on: '2022-01-01' });
    }
  }
  return { places, labels };
}

/**
 * Inserts a generated network as the database owner, in batches, in one transaction. Rows that exist are
 * left alone, so running it twice inserts nothing the second time. Returns what was planned.
 */
export async function loadNetwork(
  db: Db,
  options: NetworkOptions = {},
): Promise<{ places: number; fabriques: number; labels: number }> {
  const communes = await db
    .selectFrom('communes')
    .select(['code', 'postal_codes'])
    .where(sql<boolean>`cardinality(postal_codes) > 0`)
    .orderBy('code')
    .execute();
  const plan = planNetwork(
    communes.map((c) => ({ code: c.code, postalCodes: c.postal_codes })),
    options,
  );
  const labelIds = new Map(
    (await db.selectFrom('labels').select(['id', 'code']).execute()).map((l) => [l.code, l.id]),
  );
  const batch = 500;
  await db.transaction().execute(async (tx) => {
    for (let start = 0; start < plan.places.length; start += batch) {
      await tx
        .insertInto('places')
        .values(plan.places.slice(start, start + batch))
        .onConflict((oc) => oc.doNothing())
        .execute();
    }
    const labels = plan.labels.map((l) => {
      const label_id = labelIds.get(l.code);
      if (!label_id) throw new Error(`label ${l.code} missing (run the migrations)`);
      return { place_id: l.place_id, label_id, granted_on: l.granted_on };
    });
    for (let start = 0; start < labels.length; start += batch) {
      await tx
        .insertInto('place_labels')
        .values(labels.slice(start, start + batch))
        .onConflict((oc) => oc.doNothing())
        .execute();
    }
  });
  return {
    places: plan.places.length,
    fabriques: plan.places.filter((p) => p.hub_fabrique_id === null).length,
    labels: plan.labels.length,
  };
}
