import { csvCell } from './csv.ts';
import { type StatLine, suppressSmallCells } from './suppression.ts';

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

/** Breakdowns whose codes add up to the total (records without one count under `non_renseigne`). */
const ADDITIVE = ['tranche_age', 'genre', 'statut_social'] as const;
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
  const month = Number(quarterStart.slice(5, 7));
  return `${quarterStart.slice(0, 4)}-T${Math.floor((month - 1) / 3) + 1}`;
}

interface Entity {
  level: OpenDataLevel;
  key: string;
  codeDepartement: string;
  departement: string;
  idLieu: string;
  lieu: string;
}

const cellId = (entity: string, dimension: string, code: string) => `${entity}|${dimension}|${code}`;

/**
 * The published rows of every quarter: each non-zero figure of the three levels, hidden ones with
 * `participants: null`. A figure that is absent is 0.
 */
export function openDataRows(source: readonly OpenDataSourceRow[]): OpenDataRow[] {
  const byQuarter = new Map<string, OpenDataSourceRow[]>();
  for (const row of source) {
    if (row.participants <= 0 || !(row.dimension in DIMENSIONS)) continue;
    const list = byQuarter.get(row.quarter) ?? [];
    list.push(row);
    byQuarter.set(row.quarter, list);
  }
  return [...byQuarter.keys()].sort().flatMap((q) => quarterRows(q, byQuarter.get(q) ?? []));
}

function quarterRows(quarter: string, rows: OpenDataSourceRow[]): OpenDataRow[] {
  const entities = new Map<string, Entity>();
  const cells = new Map<string, number>();
  const add = (entity: string, dimension: string, code: string, n: number) => {
    const id = cellId(entity, dimension, code);
    cells.set(id, (cells.get(id) ?? 0) + n);
  };
  const network = 'reseau';
  entities.set(network, {
    level: 'reseau',
    key: network,
    codeDepartement: '',
    departement: '',
    idLieu: '',
    lieu: '',
  });
  // Members of each parent, for the hierarchical lines.
  const placesOf = new Map<string, Set<string>>();
  for (const r of rows) {
    const dept = `d:${r.departementCode}`;
    const place = `p:${r.placeId}`;
    entities.set(dept, {
      level: 'departement',
      key: dept,
      codeDepartement: r.departementCode,
      departement: r.departementName,
      idLieu: '',
      lieu: '',
    });
    entities.set(place, {
      level: 'lieu',
      key: place,
      codeDepartement: r.departementCode,
      departement: r.departementName,
      idLieu: r.placeId,
      lieu: r.placeName,
    });
    placesOf.set(dept, (placesOf.get(dept) ?? new Set()).add(place));
    // Parents are sums of the places, so every line below adds up exactly.
    for (const e of [place, dept, network]) add(e, r.dimension, r.code, r.participants);
  }
  const codesOf = new Map<string, Set<string>>();
  for (const id of cells.keys()) {
    const [, dimension, code] = id.split('|') as [string, string, string];
    codesOf.set(dimension, (codesOf.get(dimension) ?? new Set()).add(code));
  }
  const lines: StatLine[] = [];
  const present = (ids: string[]) => ids.filter((id) => cells.has(id));
  for (const entity of entities.keys()) {
    const total = cellId(entity, 'total', '');
    if (!cells.has(total)) continue;
    for (const dimension of ADDITIVE) {
      const members = present([...(codesOf.get(dimension) ?? [])].map((c) => cellId(entity, dimension, c)));
      lines.push({ total, members });
    }
  }
  const departements = [...placesOf.keys()];
  for (const [dimension, codes] of codesOf) {
    for (const code of codes) {
      for (const dept of departements) {
        const total = cellId(dept, dimension, code);
        if (!cells.has(total)) continue;
        const places = [...(placesOf.get(dept) ?? [])];
        lines.push({ total, members: present(places.map((p) => cellId(p, dimension, code))) });
      }
      const total = cellId(network, dimension, code);
      if (cells.has(total)) {
        lines.push({ total, members: present(departements.map((d) => cellId(d, dimension, code))) });
      }
    }
  }
  // Only true equations: a breakdown missing for an entity, or not adding up to its total (records that do
  // not say count under `non_renseigne`, so this should not happen), ties nothing.
  const sum = (ids: readonly string[]) => ids.reduce((a, id) => a + (cells.get(id) ?? 0), 0);
  const equations = lines.filter((l) => l.members.length > 0 && sum(l.members) === cells.get(l.total));
  const hidden = suppressSmallCells({ cells, lines: equations });

  const trimestre = quarterLabel(quarter);
  const out: (OpenDataRow & { order: string })[] = [];
  for (const [id, value] of cells) {
    const [key, dimension, code] = id.split('|') as [string, string, string];
    const e = entities.get(key) as Entity;
    out.push({
      trimestre,
      niveau: e.level,
      codeDepartement: e.codeDepartement,
      departement: e.departement,
      idLieu: e.idLieu,
      lieu: e.lieu,
      dimension: DIMENSIONS[dimension] as string,
      modalite: code,
      participants: hidden.has(id) ? null : value,
      order: [
        LEVEL_ORDER.indexOf(e.level),
        e.codeDepartement.padStart(3, '0'),
        e.lieu,
        e.idLieu,
        DIMENSION_ORDER.indexOf(dimension),
        code,
      ].join('\u0000'),
    });
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
  const lines = [OPEN_DATA_COLUMNS.join(',')];
  for (const r of rows) {
    lines.push(
      [
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
      ]
        .map((v) => csvCell(v, ','))
        .join(','),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}
