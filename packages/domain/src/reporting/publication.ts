import { GENRES, STATUTS_SOCIAUX, TRANCHES_AGE } from '../vocabulary/activity-records.ts';
import type { Dashboard, DashboardRange, DashboardScope } from './dashboard.ts';
import { NON_RENSEIGNE } from './dashboard.ts';
import { DISCLOSURE_THRESHOLD, type StatLine, suppressSmallCells } from './suppression.ts';

// One publication of activity for everything that leaves the staff's hands (decision 038): observers'
// dashboards and their exports, share links, the open-data file. Per validated quarter, ONE table holds the
// cells of every place, every département and the network, in total, by tranche d'âge, genre, statut
// social, theme and (for départements and the network) territory kind, tied by every additive line between
// them, and suppressed once by `suppressSmallCells`. Every reader reads those cells, or sums of them that
// are published only when every summand is (a région is its départements, a hub its places, several quarters
// their quarters): a sum of published figures reveals nothing they do not. No month finer than the quarter
// is in it.

/** A place whose activity is published, with what places it in the scopes. */
export interface PublicationPlace {
  placeId: string;
  name: string;
  lat: number | null;
  lng: number | null;
  departementCode: string;
  departementName: string;
  regionCode: string;
  regionName: string;
  /** The fabrique whose hub the place belongs to (`places.hub_fabrique_id`), if any. */
  hubFabriqueId: string | null;
  /** Published and not hidden: the open-data file lists it. */
  isPublic: boolean;
  isQpv: boolean;
  isRural: boolean;
}

/** One exact count: a place's participants in a validated quarter under one code. */
export interface PublicationSourceRow {
  /** First day of the quarter, YYYY-MM-DD. */
  quarter: string;
  placeId: string;
  /** 'total' (code ''), 'theme', 'genre', 'tranche_age', 'statut_social'. */
  dimension: string;
  code: string;
  participants: number;
}

/** A figure as it leaves the staff's hands: null when hidden by the statistical secrecy. */
export type Figure = number | null;

export type TerritoryKind = 'qpv' | 'rural' | 'other';

/** One validated quarter, published: every cell (`entity|dimension|code`), hidden ones null. */
export interface QuarterPublication {
  quarter: string;
  figures: ReadonlyMap<string, Figure>;
}

export interface Publication {
  places: ReadonlyMap<string, PublicationPlace>;
  /** By quarter start, in order. */
  quarters: QuarterPublication[];
}

const ADDITIVE = ['tranche_age', 'genre', 'statut_social'] as const;
const DIMENSIONS = new Set(['total', 'theme', ...ADDITIVE]);
/** Participants by kind of territory of the place: a dimension of every entity but places. */
export const TERRITORY = 'territoire';

export const cellId = (entity: string, dimension: string, code = '') => `${entity}|${dimension}|${code}`;

/** The entities of the table: the network, its départements, its places. */
export const entityKeys = {
  network: 'n',
  departement: (code: string) => `d:${code}`,
  place: (placeId: string) => `p:${placeId}`,
};

export function territoryKind(place: Pick<PublicationPlace, 'isQpv' | 'isRural'>): TerritoryKind {
  return place.isQpv ? 'qpv' : place.isRural ? 'rural' : 'other';
}

const TERRITORY_KINDS: TerritoryKind[] = ['qpv', 'rural', 'other'];

/** The exact counts grouped by quarter (first day), each group in the order read. */
export function rowsByQuarter(rows: readonly PublicationSourceRow[]): Map<string, PublicationSourceRow[]> {
  const byQuarter = new Map<string, PublicationSourceRow[]>();
  for (const row of rows) {
    const list = byQuarter.get(row.quarter);
    if (list) list.push(row);
    else byQuarter.set(row.quarter, [row]);
  }
  return byQuarter;
}

/**
 * Publishes every quarter of the source: one table per quarter, suppressed once. Places missing from
 * `places` are left out (the caller reads both together).
 */
export function publishActivity(
  places: readonly PublicationPlace[],
  source: readonly PublicationSourceRow[],
  threshold: number = DISCLOSURE_THRESHOLD,
): Publication {
  const placeMap = new Map(places.map((p) => [p.placeId, p]));
  const byQuarter = rowsByQuarter(
    source.filter(
      (row) => row.participants > 0 && DIMENSIONS.has(row.dimension) && placeMap.has(row.placeId),
    ),
  );
  return {
    places: placeMap,
    quarters: [...byQuarter.keys()]
      .sort()
      .map((quarter) => publishQuarter(quarter, placeMap, byQuarter.get(quarter) ?? [], threshold)),
  };
}

/** The table of one quarter (cells and lines), exact: what `publishQuarter` suppresses. Exported for tests. */
export function quarterTable(
  placeMap: ReadonlyMap<string, PublicationPlace>,
  rows: readonly PublicationSourceRow[],
): { cells: Map<string, number>; lines: StatLine[] } {
  const cells = new Map<string, number>();
  const add = (id: string, n: number) => cells.set(id, (cells.get(id) ?? 0) + n);
  const codesOf = new Map<string, Set<string>>();
  const placesOf = new Map<string, Set<string>>();
  for (const r of rows) {
    const place = placeMap.get(r.placeId) as PublicationPlace;
    const departement = entityKeys.departement(place.departementCode);
    // Parents are sums of the places, so every line below adds up exactly.
    for (const entity of [entityKeys.place(r.placeId), departement, entityKeys.network]) {
      add(cellId(entity, r.dimension, r.code), r.participants);
    }
    if (r.dimension === 'total') {
      for (const entity of [departement, entityKeys.network]) {
        add(cellId(entity, TERRITORY, territoryKind(place)), r.participants);
      }
    }
    codesOf.set(r.dimension, (codesOf.get(r.dimension) ?? new Set()).add(r.code));
    placesOf.set(departement, (placesOf.get(departement) ?? new Set()).add(r.placeId));
  }
  const lines: StatLine[] = [];
  const line = (total: string, memberIds: string[]) => {
    const present = memberIds.filter((id) => cells.has(id));
    if (cells.has(total) && present.length > 0) lines.push({ total, members: present });
  };
  const departements = [...placesOf.keys()];
  // Each département is the sum of its places, the network of its départements, code by code; territory
  // kinds of a département are sums of its places' totals.
  for (const [dimension, codes] of codesOf) {
    for (const code of codes) {
      for (const d of departements) {
        line(
          cellId(d, dimension, code),
          [...(placesOf.get(d) ?? [])].map((id) => cellId(entityKeys.place(id), dimension, code)),
        );
      }
      line(
        cellId(entityKeys.network, dimension, code),
        departements.map((d) => cellId(d, dimension, code)),
      );
    }
  }
  for (const kind of TERRITORY_KINDS) {
    for (const d of departements) {
      line(
        cellId(d, TERRITORY, kind),
        [...(placesOf.get(d) ?? [])]
          .filter((id) => territoryKind(placeMap.get(id) as PublicationPlace) === kind)
          .map((id) => cellId(entityKeys.place(id), 'total')),
      );
    }
    line(
      cellId(entityKeys.network, TERRITORY, kind),
      departements.map((d) => cellId(d, TERRITORY, kind)),
    );
  }
  // Each entity's breakdowns (and, above places, its territory kinds) add up to its total.
  const placeIds = new Set(rows.map((r) => r.placeId));
  const entities = [entityKeys.network, ...departements, ...[...placeIds].map(entityKeys.place)];
  for (const entity of entities) {
    const total = cellId(entity, 'total');
    for (const dimension of ADDITIVE) {
      line(
        total,
        [...(codesOf.get(dimension) ?? [])].map((code) => cellId(entity, dimension, code)),
      );
    }
    if (!entity.startsWith('p:')) {
      line(
        total,
        TERRITORY_KINDS.map((kind) => cellId(entity, TERRITORY, kind)),
      );
    }
  }
  // Only true equations (a breakdown not adding up to its total, which records prevent, ties nothing).
  const sum = (ids: readonly string[]) => ids.reduce((a, id) => a + (cells.get(id) ?? 0), 0);
  return { cells, lines: lines.filter((l) => sum(l.members) === cells.get(l.total)) };
}

function publishQuarter(
  quarter: string,
  placeMap: ReadonlyMap<string, PublicationPlace>,
  rows: readonly PublicationSourceRow[],
  threshold: number,
): QuarterPublication {
  const table = quarterTable(placeMap, rows);
  const hidden = suppressSmallCells(table, threshold);
  return {
    quarter,
    figures: new Map([...table.cells].map(([id, value]) => [id, hidden.has(id) ? null : value])),
  };
}

/** A cell as published in one quarter: an absent cell is a published 0. */
export function figureOf(q: QuarterPublication, id: string): Figure {
  const value = q.figures.get(id);
  return value === undefined ? 0 : value;
}

/**
 * The sum of cells over quarters, published only when every summand is (a sum of published figures reveals
 * nothing they do not); null when one is hidden.
 */
export function sumOf(quarters: readonly QuarterPublication[], ids: readonly string[]): Figure {
  let sum = 0;
  for (const q of quarters) {
    for (const id of ids) {
      const value = figureOf(q, id);
      if (value === null) return null;
      sum += value;
    }
  }
  return sum;
}

// ---- The published dashboard (observers, share links) ----

export interface PublishedCount {
  code: string;
  participants: Figure;
}

export interface PublishedPlace {
  placeId: string;
  name: string;
  lat: number | null;
  lng: number | null;
  participants: Figure;
}

/** A dashboard as it leaves the staff's hands: participants only, by validated quarter, suppressed. */
export interface PublishedDashboard {
  /** Tells a published dashboard from a raw one (`Dashboard`). */
  figures: 'published';
  scope: DashboardScope;
  /** The whole quarters shown (those of the asked range that have validated figures). */
  range: DashboardRange;
  title: string;
  participants: Figure;
  byQuarter: { quarter: string; participants: Figure }[];
  byTheme: PublishedCount[];
  byGenre: PublishedCount[];
  byTrancheAge: PublishedCount[];
  byStatutSocial: PublishedCount[];
  byTerritoryKind: Record<TerritoryKind, Figure>;
  places: PublishedPlace[];
  /** How many figures of this view are hidden. */
  hiddenCount: number;
}

export function quarterEnd(quarterStart: string): string {
  const [y, m] = quarterStart.split('-').map(Number) as [number, number];
  return m + 3 > 12 ? `${y + 1}-01-01` : `${y}-${String(m + 3).padStart(2, '0')}-01`;
}

/** e.g. 2026-T3, as the open-data file names quarters. */
export function quarterLabelOf(quarterStart: string): string {
  const month = Number(quarterStart.slice(5, 7));
  return `${quarterStart.slice(0, 4)}-T${Math.floor((month - 1) / 3) + 1}`;
}

export function quarterStartOf(date: string): string {
  const m = Number(date.slice(5, 7));
  return `${date.slice(0, 4)}-${String(Math.floor((m - 1) / 3) * 3 + 1).padStart(2, '0')}-01`;
}

/**
 * What a scope reads: the entities of the table whose cells add up to its figures (the network, a
 * département, a place — or a région's départements, a hub's places), and the places it lists.
 */
function scopeParts(
  publication: Publication,
  scope: DashboardScope,
): { parts: string[]; placeIds: string[] } {
  const all = [...publication.places.values()];
  switch (scope.kind) {
    case 'network':
      return { parts: [entityKeys.network], placeIds: all.map((p) => p.placeId) };
    case 'departement':
      return {
        parts: [entityKeys.departement(scope.code)],
        placeIds: all.filter((p) => p.departementCode === scope.code).map((p) => p.placeId),
      };
    case 'region': {
      const inRegion = all.filter((p) => p.regionCode === scope.code);
      return {
        parts: [...new Set(inRegion.map((p) => entityKeys.departement(p.departementCode)))],
        placeIds: inRegion.map((p) => p.placeId),
      };
    }
    case 'hub': {
      // The fabrique and the places attached to its hub (a fabrique without any is its own hub).
      const placeIds = all
        .filter((p) => p.placeId === scope.fabriqueId || p.hubFabriqueId === scope.fabriqueId)
        .map((p) => p.placeId);
      return { parts: placeIds.map(entityKeys.place), placeIds };
    }
    case 'place':
      return { parts: [entityKeys.place(scope.placeId)], placeIds: [scope.placeId] };
  }
}

const orderedCodes = (vocabulary: readonly string[], seen: Iterable<string>) => {
  const codes = [...vocabulary, NON_RENSEIGNE];
  const extra = [...new Set(seen)].filter((c) => !codes.includes(c)).sort();
  return [...codes, ...extra];
};

/**
 * The published dashboard of a scope: the validated quarters that meet the range (whole quarters: nothing
 * finer leaves the staff's hands), each figure the sum of its published quarters or hidden.
 */
export function publishedDashboard(
  publication: Publication,
  scope: DashboardScope,
  range: DashboardRange,
  title: string,
): PublishedDashboard {
  const { parts, placeIds } = scopeParts(publication, scope);
  const quarters = publication.quarters.filter(
    (q) => q.quarter < range.to && quarterEnd(q.quarter) > range.from,
  );
  const shownRange = {
    from: quarters[0]?.quarter ?? quarterStartOf(range.from),
    to: quarterEnd(quarters.at(-1)?.quarter ?? quarterStartOf(range.from)),
  };
  const cellsOf = (dimension: string, code = '') => parts.map((part) => cellId(part, dimension, code));
  const codesOf = (dimension: string) => {
    const seen = new Set<string>();
    for (const q of quarters) {
      for (const part of parts) {
        const prefix = `${part}|${dimension}|`;
        for (const id of q.figures.keys()) if (id.startsWith(prefix)) seen.add(id.slice(prefix.length));
      }
    }
    return [...seen];
  };
  const counts = (dimension: string, codes: string[]) =>
    codes.map((code) => ({ code, participants: sumOf(quarters, cellsOf(dimension, code)) }));
  const byTheme = counts('theme', codesOf('theme')).sort(
    (a, b) => (b.participants ?? -1) - (a.participants ?? -1) || a.code.localeCompare(b.code),
  );
  const places = placeIds
    .filter((id) => quarters.some((q) => q.figures.has(cellId(entityKeys.place(id), 'total'))))
    .map((placeId) => {
      const p = publication.places.get(placeId);
      return {
        placeId,
        name: p?.name ?? '',
        lat: p?.lat ?? null,
        lng: p?.lng ?? null,
        participants: sumOf(quarters, [cellId(entityKeys.place(placeId), 'total')]),
      };
    })
    .filter((p) => p.participants !== 0)
    .sort((a, b) => (b.participants ?? -1) - (a.participants ?? -1) || a.name.localeCompare(b.name, 'fr'));
  const total = sumOf(quarters, cellsOf('total'));
  // A place's territory kind is its total; a département's and the network's are cells of the table.
  const territory = (kind: TerritoryKind): Figure =>
    sumOf(
      quarters,
      parts.flatMap((part) => {
        if (!part.startsWith('p:')) return [cellId(part, TERRITORY, kind)];
        const place = publication.places.get(part.slice(2));
        return place && territoryKind(place) === kind ? [cellId(part, 'total')] : [];
      }),
    );
  const dashboard: Omit<PublishedDashboard, 'hiddenCount'> = {
    figures: 'published',
    scope,
    range: shownRange,
    title,
    participants: total,
    byQuarter: quarters.map((q) => ({ quarter: q.quarter, participants: sumOf([q], cellsOf('total')) })),
    byTheme,
    byGenre: counts('genre', orderedCodes(GENRES, codesOf('genre'))),
    byTrancheAge: counts('tranche_age', orderedCodes(TRANCHES_AGE, codesOf('tranche_age'))),
    byStatutSocial: counts('statut_social', orderedCodes(STATUTS_SOCIAUX, codesOf('statut_social'))),
    byTerritoryKind: { qpv: territory('qpv'), rural: territory('rural'), other: territory('other') },
    places,
  };
  const figures = [
    dashboard.participants,
    ...dashboard.byQuarter.map((q) => q.participants),
    ...[dashboard.byTheme, dashboard.byGenre, dashboard.byTrancheAge, dashboard.byStatutSocial].flatMap((l) =>
      l.map((c) => c.participants),
    ),
    ...Object.values(dashboard.byTerritoryKind),
    ...places.map((p) => p.participants),
  ];
  return { ...dashboard, hiddenCount: figures.filter((f) => f === null).length };
}

export function isPublished(dashboard: Dashboard | PublishedDashboard): dashboard is PublishedDashboard {
  return 'figures' in dashboard && dashboard.figures === 'published';
}
