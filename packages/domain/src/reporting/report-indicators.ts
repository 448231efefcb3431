// The indicators of a periodic report, computed from the place's activity records of the period: flat
// keys (a total such as `participants`, or `dimension.code` for a breakdown such as `genre.feminin`) to
// numbers, so a report's snapshot and its corrections stay plain JSON the network can add up.
import {
  GENRES,
  STATUTS_SOCIAUX,
  THEMATIQUES,
  TRANCHES_AGE,
  TYPES_LIEU,
} from '../vocabulary/activity-records.ts';
import { NON_RENSEIGNE } from './dashboard.ts';

/** Totals, in the order the report shows them. `coordination` exists only for a fabrique. */
export const TOTAL_INDICATORS = [
  'records',
  'accompagnements',
  'ateliers_collectifs',
  'participants',
  'heures',
  'deja_accompagnes',
  'coordination',
] as const;
export type TotalIndicator = (typeof TOTAL_INDICATORS)[number];

/**
 * Breakdowns: participants by theme, genre, age bracket and social status (records giving no breakdown
 * count in `non_renseigne`, so each breakdown adds up to the participants); activities by place type.
 */
export const BREAKDOWNS = {
  thematique: THEMATIQUES,
  genre: [...GENRES, NON_RENSEIGNE],
  tranche_age: [...TRANCHES_AGE, NON_RENSEIGNE],
  statut_social: [...STATUTS_SOCIAUX, NON_RENSEIGNE],
  type_lieu: TYPES_LIEU,
} as const satisfies Record<string, readonly string[]>;
export type BreakdownDimension = keyof typeof BREAKDOWNS;
export const BREAKDOWN_DIMENSIONS = Object.keys(BREAKDOWNS) as BreakdownDimension[];

export type IndicatorValues = Record<string, number>;

/** Every key an indicator (and so a correction) may have, in display order. */
export const INDICATOR_KEYS: readonly string[] = [
  ...TOTAL_INDICATORS,
  ...BREAKDOWN_DIMENSIONS.flatMap((d) => BREAKDOWNS[d].map((code) => `${d}.${code}`)),
];
const indicatorKeySet = new Set(INDICATOR_KEYS);

export function isIndicatorKey(key: string): boolean {
  return indicatorKeySet.has(key);
}

/** Hours may have one decimal; every other indicator counts whole things (activities, people). */
export function allowsDecimals(key: string): boolean {
  return key === 'heures';
}

/** What the computation needs of an activity record (the repository's rows, or a test's). */
export interface IndicatorRecord {
  type: 'individuel' | 'collectif';
  durationMinutes: number;
  typeLieu: string;
  themes: readonly string[];
  participantsTotal: number;
  dejaAccompagne: number;
  countsByGenre: Record<string, number> | null;
  countsByTrancheAge: Record<string, number> | null;
  countsByStatutSocial: Record<string, number> | null;
}

/** Minutes to hours with one decimal, as reports show them. */
export function minutesToHours(minutes: number): number {
  return Math.round((minutes / 60) * 10) / 10;
}

/**
 * The indicators of a set of records: every total (zero included), breakdown entries only when not zero.
 * `coordinationActivities` is null for a place that is not a fabrique (no such indicator then). The
 * repository computes the same in SQL; this is the reference its tests compare with.
 */
export function computeIndicators(
  records: readonly IndicatorRecord[],
  coordinationActivities: number | null,
): IndicatorValues {
  const totals = { accompagnements: 0, ateliers_collectifs: 0, participants: 0, deja_accompagnes: 0 };
  const breakdowns: IndicatorValues = {};
  let minutes = 0;
  const add = (key: string, n: number) => {
    if (n !== 0) breakdowns[key] = (breakdowns[key] ?? 0) + n;
  };
  const addCounts = (dimension: BreakdownDimension, counts: Record<string, number> | null, total: number) => {
    if (!counts) return add(`${dimension}.${NON_RENSEIGNE}`, total);
    for (const [code, n] of Object.entries(counts)) add(`${dimension}.${code}`, n);
  };
  for (const r of records) {
    totals[r.type === 'individuel' ? 'accompagnements' : 'ateliers_collectifs'] += 1;
    totals.participants += r.participantsTotal;
    totals.deja_accompagnes += r.dejaAccompagne;
    minutes += r.durationMinutes;
    for (const theme of new Set(r.themes)) add(`thematique.${theme}`, r.participantsTotal);
    addCounts('genre', r.countsByGenre, r.participantsTotal);
    addCounts('tranche_age', r.countsByTrancheAge, r.participantsTotal);
    addCounts('statut_social', r.countsByStatutSocial, r.participantsTotal);
    add(`type_lieu.${r.typeLieu}`, 1);
  }
  const values: IndicatorValues = {
    records: records.length,
    ...totals,
    heures: minutesToHours(minutes),
    ...breakdowns,
  };
  if (coordinationActivities !== null) values.coordination = coordinationActivities;
  return values;
}

/** A manager's correction of one indicator: the value to report instead, and why (required). */
export interface Correction {
  value: number;
  justification: string;
}
export type Corrections = Record<string, Correction>;

/** The figures a report states: a correction overrides the computed value of its indicator. */
export function effectiveIndicators(indicators: IndicatorValues, corrections: Corrections): IndicatorValues {
  const values = { ...indicators };
  for (const [key, correction] of Object.entries(corrections)) values[key] = correction.value;
  return values;
}

export interface IndicatorRow {
  key: string;
  /** `total`, or the breakdown dimension the row belongs to. */
  group: 'total' | BreakdownDimension;
  /** The code within the dimension (the key itself for a total). */
  code: string;
  computed: number;
  correction: Correction | null;
  /** What the report states: the correction when there is one. */
  value: number;
}

/**
 * The report's table: every computed indicator and every corrected one, in the order of INDICATOR_KEYS
 * (totals first, then each breakdown in the order of the national vocabularies).
 */
export function indicatorRows(indicators: IndicatorValues, corrections: Corrections): IndicatorRow[] {
  return INDICATOR_KEYS.filter((key) => key in indicators || key in corrections).map((key) => {
    const [first, code] = key.split('.') as [string, string | undefined];
    const correction = corrections[key] ?? null;
    const computed = indicators[key] ?? 0;
    return {
      key,
      group: code === undefined ? 'total' : (first as BreakdownDimension),
      code: code ?? key,
      computed,
      correction,
      value: correction ? correction.value : computed,
    };
  });
}
