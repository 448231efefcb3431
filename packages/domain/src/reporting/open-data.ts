import { toCsv } from './csv.ts';
import {
  entityKeys,
  type Publication,
  type PublicationPlace,
  publishActivity,
  quarterLabelOf,
} from './publication.ts';

// The anonymised open-data file of activity: participants per quarter at three levels (the whole network,
// each département, each public place), in total and by tranche d'âge, genre, statut social and theme —
// with the statistical secrecy of `suppression.ts` applied to each quarter as one table, so that a figure
// hidden in one breakdown cannot be recomputed from another (a place's total is shared by all of them).
// Quarters are independent tables: the file publishes no yearly figure that could tie them together.

/** One exact count from the database: a public place's quarter, validated reports only. */
export interface OpenDataSourceRow {
  /** First day of the quarter, YYYY-MM-DD. */
  quarter: string;
  placeId: string;
  placeName: string;
  departementCode: string;
  departementName: string;
  /** As in the pre-aggregates: 'total' (code ''), 'theme', 'genre', 'tranche_age', 'statut_social'. */
  dimension: string;
  code: string;
  participants: number;
}

export type OpenDataLevel = 'reseau' | 'departement' | 'lieu';

export interface OpenDataRow {
  /** e.g. 2026-T1. */
  trimestre: string;
  niveau: OpenDataLevel;
  codeDepartement: string;
  departement: string;
  idLieu: string;
  lieu: string;
  /** total | tranche_age | genre | statut_social | thematique */
  dimension: string;
  /** A code of the national vocabularies (empty for the total). */
  modalite: string;
  /** Null when hidden by the statistical secrecy. */
  participants: number | null;
}

/** The dimensions in file order, renamed after the national vocabularies. */
const DIMENSIONS: Record<string, string> = {
  total: 'total',
  tranche_age: 'tranche_age',
  genre: 'genre',
  statut_social: 'statut_social',
  theme: 'thematique',
};
const DIMENSION_ORDER = Object.keys(DIMENSIONS);
const LEVEL_ORDER: OpenDataLevel[] = ['reseau', 'departement', 'lieu'];

export function quarterLabel(quarterStart: string): string {
  return quarterLabelOf(quarterStart);
}

interface Entity {
  level: OpenDataLevel;
  key: string;
  codeDepartement: string;
  departement: string;
  idLieu: string;
  lieu: string;
}

/**
 * The published rows of every quarter: each non-zero figure of the three levels, hidden ones with
 * `participants: null`. A figure that is absent is 0. The source is taken as the public places of a network
 * (the exact counts of `private.open_data_activity`); the server publishes from the whole network's
 * publication instead (`openDataFromPublication`), the one observers and share links read. Kept for the
 * file's own tests, which build small networks by hand.
 */
export function openDataRows(source: readonly OpenDataSourceRow[]): OpenDataRow[] {
  const places = new Map<string, PublicationPlace>();
  for (const r of source) {
    places.set(r.placeId, {
      placeId: r.placeId,
      name: r.placeName,
      lat: null,
      lng: null,
      departementCode: r.departementCode,
      departementName: r.departementName,
      regionCode: '',
      regionName: '',
      hubFabriqueId: null,
      isPublic: true,
      isQpv: false,
      isRural: false,
    });
  }
  return openDataFromPublication(publishActivity([...places.values()], source));
}

/**
 * The open-data file's rows, read from the one publication (decision 038): the network, its départements
 * (every place with validated figures counts, listed or not) and its public places.
 */
export function openDataFromPublication(publication: Publication): OpenDataRow[] {
  const entities = new Map<string, Entity>();
  entities.set(entityKeys.network, {
    level: 'reseau',
    key: entityKeys.network,
    codeDepartement: '',
    departement: '',
    idLieu: '',
    lieu: '',
  });
  for (const p of publication.places.values()) {
    const departement = entityKeys.departement(p.departementCode);
    entities.set(departement, {
      level: 'departement',
      key: departement,
      codeDepartement: p.departementCode,
      departement: p.departementName,
      idLieu: '',
      lieu: '',
    });
    if (!p.isPublic) continue;
    entities.set(entityKeys.place(p.placeId), {
      level: 'lieu',
      key: entityKeys.place(p.placeId),
      codeDepartement: p.departementCode,
      departement: p.departementName,
      idLieu: p.placeId,
      lieu: p.name,
    });
  }
  const out: (OpenDataRow & { order: string })[] = [];
  for (const q of publication.quarters) {
    const trimestre = quarterLabel(q.quarter);
    for (const [id, value] of q.figures) {
      const [key, dimension, code] = id.split('|') as [string, string, string];
      const e = entities.get(key);
      if (!e || !(dimension in DIMENSIONS)) continue;
      out.push({
        trimestre,
        niveau: e.level,
        codeDepartement: e.codeDepartement,
        departement: e.departement,
        idLieu: e.idLieu,
        lieu: e.lieu,
        dimension: DIMENSIONS[dimension] as string,
        modalite: code,
        participants: value,
        order: [
          q.quarter,
          LEVEL_ORDER.indexOf(e.level),
          e.codeDepartement.padStart(3, '0'),
          e.lieu,
          e.idLieu,
          DIMENSION_ORDER.indexOf(dimension),
          code,
        ].join('\u0000'),
      });
    }
  }
  out.sort((a, b) => (a.order < b.order ? -1 : a.order > b.order ? 1 : 0));
  return out.map(({ order: _order, ...row }) => row);
}

export const OPEN_DATA_COLUMNS = [
  'trimestre',
  'niveau',
  'code_departement',
  'departement',
  'id_lieu',
  'lieu',
  'dimension',
  'modalite',
  'participants',
  'secret_statistique',
] as const;

/**
 * RFC 4180 CSV, comma-separated, UTF-8 without BOM (what data.gouv.fr and data tools expect), CRLF line
 * ends. A hidden figure is an empty `participants` with `secret_statistique` = `oui`.
 */
export function toOpenDataCsv(rows: readonly OpenDataRow[]): string {
  return toCsv(
    [
      OPEN_DATA_COLUMNS,
      ...rows.map((r) => [
        r.trimestre,
        r.niveau,
        r.codeDepartement,
        r.departement,
        r.idLieu,
        r.lieu,
        r.dimension,
        r.modalite,
        r.participants,
        r.participants === null ? 'oui' : 'non',
      ]),
    ],
    ',',
  );
}
