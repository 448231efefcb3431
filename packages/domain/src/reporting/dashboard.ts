// The shared contract of an activity dashboard: what a scope (network, region, département, hub, place)
// did over a month-aligned range. Built from the pre-aggregates by the dashboard repository, serialized by
// the exports, benchmarked against a naive computation from raw records.

/** Whose activity a dashboard shows. */
export type DashboardScope =
  | { kind: 'network' }
  | { kind: 'region'; code: string }
  | { kind: 'departement'; code: string }
  | { kind: 'hub'; fabriqueId: string }
  | { kind: 'place'; placeId: string };

export type DashboardScopeKind = DashboardScope['kind'];

/** ISO dates (YYYY-MM-DD), month-aligned; `to` is exclusive. */
export interface DashboardRange {
  from: string;
  to: string;
}

/** The bucket of participants of records that give no breakdown for a dimension. */
export const NON_RENSEIGNE = 'non_renseigne';

export interface DashboardCount {
  code: string;
  participants: number;
}

export interface DashboardTotals {
  records: number;
  individual: number;
  collective: number;
  participants: number;
  minutes: number;
  dejaAccompagne: number;
}

export interface DashboardMonth {
  /** First day of the month, YYYY-MM-01. */
  month: string;
  participants: number;
  records: number;
}

export interface DashboardPlace {
  placeId: string;
  name: string;
  lat: number | null;
  lng: number | null;
  participants: number;
}

export interface Dashboard {
  scope: DashboardScope;
  range: DashboardRange;
  /** The scope's name (network, region or département name, fabrique or place name). */
  title: string;
  totals: DashboardTotals;
  /** Every month of the range, in order, zero when nothing was recorded. */
  byMonth: DashboardMonth[];
  /** Participants by theme (a record with several themes counts its participants in each). */
  byTheme: DashboardCount[];
  /** Participants by genre / tranche d'âge / statut social, with a `non_renseigne` bucket. */
  byGenre: DashboardCount[];
  byTrancheAge: DashboardCount[];
  byStatutSocial: DashboardCount[];
  /** Participants at places in a QPV, rural places (not QPV), and the others. */
  byTerritoryKind: { qpv: number; rural: number; other: number };
  /** Places of the scope with activity in the range, most participants first. */
  places: DashboardPlace[];
}
