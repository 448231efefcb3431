import { type CsvValue, toCsv } from './csv.ts';
import type { Dashboard } from './dashboard.ts';
import { type Figure, type PublishedDashboard, quarterLabelOf } from './publication.ts';

// A dashboard as tables for spreadsheets: one table per section (totals, months, themes, publics,
// territories, places), numbers as numbers, codes of the national vocabularies, titles from the i18n
// catalogue. The XLSX writer makes a sheet of each; the CSV stacks them in one long table.

export const DASHBOARD_EXPORT_LABELS = [
  'sheet.totals',
  'sheet.months',
  'sheet.themes',
  'sheet.publics',
  'sheet.territories',
  'sheet.places',
  'column.indicator',
  'column.value',
  'column.month',
  'column.participants',
  'column.records',
  'column.theme',
  'column.dimension',
  'column.code',
  'column.territory',
  'column.place',
  'column.place_id',
  'column.latitude',
  'column.longitude',
  'column.section',
  'column.name',
  'meta.scope',
  'meta.from',
  'meta.to',
  'total.records',
  'total.individual',
  'total.collective',
  'total.participants',
  'total.minutes',
  'total.deja_accompagne',
  'territory.qpv',
  'territory.rural',
  'territory.other',
  'secret',
  'sheet.quarters',
  'column.quarter',
  'meta.secrecy',
  'meta.secrecy_note',
] as const;
export type DashboardExportLabel = (typeof DASHBOARD_EXPORT_LABELS)[number];

export type ExportCell = string | number | null;

export interface ExportTable {
  /** Sheet name (≤ 31 characters, what spreadsheets allow). */
  name: string;
  header: string[];
  rows: ExportCell[][];
}

const TOTALS = [
  ['records', 'total.records'],
  ['individual', 'total.individual'],
  ['collective', 'total.collective'],
  ['participants', 'total.participants'],
  ['minutes', 'total.minutes'],
  ['dejaAccompagne', 'total.deja_accompagne'],
] as const;

/** The last day of the range: `to` is exclusive, people read ranges inclusive. */
export function lastDayOf(range: Dashboard['range']): string {
  const d = new Date(`${range.to}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

export function dashboardTables(
  dashboard: Dashboard,
  label: (key: DashboardExportLabel) => string,
): ExportTable[] {
  const participants = label('column.participants');
  return [
    {
      name: label('sheet.totals'),
      header: [label('column.indicator'), label('column.value')],
      rows: [
        [label('meta.scope'), dashboard.title],
        [label('meta.from'), dashboard.range.from],
        [label('meta.to'), lastDayOf(dashboard.range)],
        ...TOTALS.map(([key, title]) => [label(title), dashboard.totals[key]]),
      ],
    },
    {
      name: label('sheet.months'),
      header: [label('column.month'), participants, label('column.records')],
      rows: dashboard.byMonth.map((m) => [m.month.slice(0, 7), m.participants, m.records]),
    },
    {
      name: label('sheet.themes'),
      header: [label('column.theme'), participants],
      rows: dashboard.byTheme.map((t) => [t.code, t.participants]),
    },
    {
      name: label('sheet.publics'),
      header: [label('column.dimension'), label('column.code'), participants],
      rows: [
        ...dashboard.byGenre.map((c) => ['genre', c.code, c.participants]),
        ...dashboard.byTrancheAge.map((c) => ['tranche_age', c.code, c.participants]),
        ...dashboard.byStatutSocial.map((c) => ['statut_social', c.code, c.participants]),
      ],
    },
    {
      name: label('sheet.territories'),
      header: [label('column.territory'), participants],
      rows: [
        [label('territory.qpv'), dashboard.byTerritoryKind.qpv],
        [label('territory.rural'), dashboard.byTerritoryKind.rural],
        [label('territory.other'), dashboard.byTerritoryKind.other],
      ],
    },
    {
      name: label('sheet.places'),
      header: [
        label('column.place'),
        label('column.place_id'),
        participants,
        label('column.latitude'),
        label('column.longitude'),
      ],
      rows: dashboard.places.map((p) => [p.name, p.placeId, p.participants, p.lat, p.lng]),
    },
  ];
}

/**
 * A published dashboard (decision 038) as tables: participants only, by quarter, a hidden figure written
 * "secret" (the word the page and the open-data file's `secret_statistique` use), explained in the first
 * sheet.
 */
export function publishedDashboardTables(
  dashboard: PublishedDashboard,
  label: (key: DashboardExportLabel) => string,
): ExportTable[] {
  const participants = label('column.participants');
  const figure = (value: Figure): ExportCell => (value === null ? label('secret') : value);
  return [
    {
      name: label('sheet.totals'),
      header: [label('column.indicator'), label('column.value')],
      rows: [
        [label('meta.scope'), dashboard.title],
        [label('meta.from'), dashboard.range.from],
        [label('meta.to'), lastDayOf(dashboard.range)],
        [label('total.participants'), figure(dashboard.participants)],
        [label('meta.secrecy'), label('meta.secrecy_note')],
      ],
    },
    {
      name: label('sheet.quarters'),
      header: [label('column.quarter'), participants],
      rows: dashboard.byQuarter.map((q) => [quarterLabelOf(q.quarter), figure(q.participants)]),
    },
    {
      name: label('sheet.themes'),
      header: [label('column.theme'), participants],
      rows: dashboard.byTheme.map((t) => [t.code, figure(t.participants)]),
    },
    {
      name: label('sheet.publics'),
      header: [label('column.dimension'), label('column.code'), participants],
      rows: [
        ...dashboard.byGenre.map((c) => ['genre', c.code, figure(c.participants)]),
        ...dashboard.byTrancheAge.map((c) => ['tranche_age', c.code, figure(c.participants)]),
        ...dashboard.byStatutSocial.map((c) => ['statut_social', c.code, figure(c.participants)]),
      ],
    },
    {
      name: label('sheet.territories'),
      header: [label('column.territory'), participants],
      rows: [
        [label('territory.qpv'), figure(dashboard.byTerritoryKind.qpv)],
        [label('territory.rural'), figure(dashboard.byTerritoryKind.rural)],
        [label('territory.other'), figure(dashboard.byTerritoryKind.other)],
      ],
    },
    {
      name: label('sheet.places'),
      header: [
        label('column.place'),
        label('column.place_id'),
        participants,
        label('column.latitude'),
        label('column.longitude'),
      ],
      rows: dashboard.places.map((p) => [p.name, p.placeId, figure(p.participants), p.lat, p.lng]),
    },
  ];
}

/**
 * The tables stacked in one long CSV (section, code or title, name, value…): semicolons, a BOM and CRLF,
 * which French spreadsheet software opens as is. Each row keeps its section's columns after the section.
 */
export function toDashboardCsv(tables: readonly ExportTable[], sectionTitle: string): string {
  // An empty row between two tables.
  const rows = tables.flatMap((table, index): CsvValue[][] => [
    ...(index > 0 ? [[]] : []),
    [sectionTitle, ...table.header],
    ...table.rows.map((row) => [table.name, ...row]),
  ]);
  // A BOM so that spreadsheet software reads the accents as UTF-8.
  return `\uFEFF${toCsv(rows, ';')}`;
}

/** A file name for the downloads: `tableau-de-bord-<scope>-<from>-<last day>`. */
export function dashboardFileName(
  dashboard: Pick<Dashboard, 'scope' | 'range'>,
  extension: 'csv' | 'xlsx',
): string {
  const scope = dashboard.scope;
  const id =
    scope.kind === 'network'
      ? 'reseau'
      : scope.kind === 'hub'
        ? `pole-${scope.fabriqueId.slice(0, 8)}`
        : scope.kind === 'place'
          ? `lieu-${scope.placeId.slice(0, 8)}`
          : `${scope.kind}-${scope.code}`;
  return `tableau-de-bord-${id}-${dashboard.range.from}-${lastDayOf(dashboard.range)}.${extension}`;
}
