import { GENRES, STATUTS_SOCIAUX, TRANCHES_AGE } from '../vocabulary/activity-records.ts';
import {
  type Dashboard,
  type DashboardCount,
  type DashboardRange,
  type DashboardScope,
  NON_RENSEIGNE,
} from './dashboard.ts';

// How activity records add up into a dashboard. The database keeps the same monthly aggregates (migration
// 20261123002800, maintained by triggers); this is the reference they are tested against, and the one way a
// dashboard is assembled from aggregate rows, whether they come from the pre-aggregates or from raw records.

export type AggregateDimension = 'total' | 'theme' | 'genre' | 'tranche_age' | 'statut_social';

/** The fields of an activity record the aggregates depend on. */
export interface AggregatedRecord {
  placeId: string;
  /** YYYY-MM-DD. */
  date: string;
  type: 'individuel' | 'collectif';
  durationMinutes: number;
  participantsTotal: number;
  dejaAccompagne: number;
  themes: readonly string[];
  countsByGenre: Readonly<Record<string, number>> | null;
  countsByTrancheAge: Readonly<Record<string, number>> | null;
  countsByStatutSocial: Readonly<Record<string, number>> | null;
}

/** One row of `activity_monthly_aggregates`: the sums over a place's records of a month under one code. */
export interface AggregateRow {
  placeId: string;
  /** YYYY-MM-01. */
  month: string;
  dimension: AggregateDimension;
  /** '' for the total. */
  code: string;
  records: number;
  individual: number;
  collective: number;
  participants: number;
  minutes: number;
  dejaAccompagne: number;
}

/** What a dashboard needs to know of a place. */
export interface DashboardPlaceInfo {
  placeId: string;
  name: string;
  lat: number | null;
  lng: number | null;
  isQpv: boolean;
  isRural: boolean;
}

export function monthOf(date: string): string {
  return `${date.slice(0, 7)}-01`;
}

/** Every month of a range, in order (YYYY-MM-01). */
export function monthsOf(range: DashboardRange): string[] {
  const months: string[] = [];
  let [year, month] = range.from.split('-').map(Number) as [number, number];
  for (;;) {
    const current = `${year}-${String(month).padStart(2, '0')}-01`;
    if (current >= range.to) return months;
    months.push(current);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
}

/** The codes a record counts under for each dimension, with the participants each one counts. */
function breakdowns(record: AggregatedRecord): [AggregateDimension, string, number][] {
  const counts = (dimension: AggregateDimension, map: Readonly<Record<string, number>> | null) =>
    Object.entries(map ?? { [NON_RENSEIGNE]: record.participantsTotal }).map(
      ([code, n]) => [dimension, code, n] as [AggregateDimension, string, number],
    );
  return [
    ['total', '', record.participantsTotal],
    ...[...new Set(record.themes)].map(
      (code) => ['theme', code, record.participantsTotal] as [AggregateDimension, string, number],
    ),
    ...counts('genre', record.countsByGenre),
    ...counts('tranche_age', record.countsByTrancheAge),
    ...counts('statut_social', record.countsByStatutSocial),
  ];
}

/** The monthly aggregates of a set of records, sorted by key (the fresh computation). */
export function aggregateRecords(records: Iterable<AggregatedRecord>): AggregateRow[] {
  const rows = new Map<string, AggregateRow>();
  for (const record of records) {
    const month = monthOf(record.date);
    for (const [dimension, code, participants] of breakdowns(record)) {
      const key = `${record.placeId}|${month}|${dimension}|${code}`;
      let row = rows.get(key);
      if (!row) {
        row = {
          placeId: record.placeId,
          month,
          dimension,
          code,
          records: 0,
          individual: 0,
          collective: 0,
          participants: 0,
          minutes: 0,
          dejaAccompagne: 0,
        };
        rows.set(key, row);
      }
      row.records += 1;
      if (record.type === 'individuel') row.individual += 1;
      else row.collective += 1;
      row.participants += participants;
      row.minutes += record.durationMinutes;
      row.dejaAccompagne += record.dejaAccompagne;
    }
  }
  return [...rows.values()].sort(compareAggregateRows);
}

export function compareAggregateRows(a: AggregateRow, b: AggregateRow): number {
  const key = (r: AggregateRow) => [r.placeId, r.month, r.dimension, r.code];
  const [ka, kb] = [key(a), key(b)];
  for (let i = 0; i < ka.length; i += 1) {
    if (ka[i] !== kb[i]) return (ka[i] as string) < (kb[i] as string) ? -1 : 1;
  }
  return 0;
}

/** The codes of a breakdown in the national order, then 'non renseigné', then any other code met. */
function orderedCounts(vocabulary: readonly string[], sums: Map<string, number>): DashboardCount[] {
  const codes = [...vocabulary, NON_RENSEIGNE];
  const extra = [...sums.keys()].filter((code) => !codes.includes(code)).sort();
  return [...codes, ...extra].map((code) => ({ code, participants: sums.get(code) ?? 0 }));
}

export interface BuildDashboardInput {
  scope: DashboardScope;
  range: DashboardRange;
  title: string;
  /** Aggregate rows of the scope's places (rows outside the range are ignored). */
  rows: Iterable<AggregateRow>;
  /** The scope's places, for names, coordinates and territory kind. */
  places: ReadonlyMap<string, DashboardPlaceInfo>;
}

/** Assembles a dashboard from aggregate rows: totals, months, themes, publics, territories and places. */
export function buildDashboard({ scope, range, title, rows, places }: BuildDashboardInput): Dashboard {
  const totals = { records: 0, individual: 0, collective: 0, participants: 0, minutes: 0, dejaAccompagne: 0 };
  const months = new Map(monthsOf(range).map((month) => [month, { month, participants: 0, records: 0 }]));
  const sums: Record<Exclude<AggregateDimension, 'total'>, Map<string, number>> = {
    theme: new Map(),
    genre: new Map(),
    tranche_age: new Map(),
    statut_social: new Map(),
  };
  const byTerritoryKind = { qpv: 0, rural: 0, other: 0 };
  const byPlace = new Map<string, number>();
  for (const row of rows) {
    const month = months.get(row.month);
    if (!month) continue;
    if (row.dimension !== 'total') {
      const sum = sums[row.dimension];
      sum.set(row.code, (sum.get(row.code) ?? 0) + row.participants);
      continue;
    }
    totals.records += row.records;
    totals.individual += row.individual;
    totals.collective += row.collective;
    totals.participants += row.participants;
    totals.minutes += row.minutes;
    totals.dejaAccompagne += row.dejaAccompagne;
    month.participants += row.participants;
    month.records += row.records;
    byPlace.set(row.placeId, (byPlace.get(row.placeId) ?? 0) + row.participants);
    const place = places.get(row.placeId);
    if (place?.isQpv) byTerritoryKind.qpv += row.participants;
    else if (place?.isRural) byTerritoryKind.rural += row.participants;
    else byTerritoryKind.other += row.participants;
  }
  const byTheme = [...sums.theme.entries()]
    .map(([code, participants]) => ({ code, participants }))
    .sort((a, b) => b.participants - a.participants || a.code.localeCompare(b.code));
  const placeRows = [...byPlace.entries()]
    .map(([placeId, participants]) => {
      const place = places.get(placeId);
      return {
        placeId,
        name: place?.name ?? '',
        lat: place?.lat ?? null,
        lng: place?.lng ?? null,
        participants,
      };
    })
    .sort((a, b) => b.participants - a.participants || a.name.localeCompare(b.name, 'fr'));
  return {
    scope,
    range,
    title,
    totals,
    byMonth: [...months.values()],
    byTheme,
    byGenre: orderedCounts(GENRES, sums.genre),
    byTrancheAge: orderedCounts(TRANCHES_AGE, sums.tranche_age),
    byStatutSocial: orderedCounts(STATUTS_SOCIAUX, sums.statut_social),
    byTerritoryKind,
    places: placeRows,
  };
}
