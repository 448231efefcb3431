import type { Dashboard } from '@rf/domain/reporting/dashboard';
import { dashboardTables, toDashboardCsv } from '@rf/domain/reporting/dashboard-export';
import { translator } from '@rf/i18n';
import readXlsxFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { tablesToXlsx } from './tables-xlsx.ts';

const t = translator('fr');
const label = (key: Parameters<Parameters<typeof dashboardTables>[1]>[0]) => t(`reporting_export.${key}`);

const dashboard: Dashboard = {
  scope: { kind: 'departement', code: '29' },
  range: { from: '2026-01-01', to: '2026-04-01' },
  title: 'Finistère',
  totals: { records: 14, individual: 10, collective: 4, participants: 57, minutes: 1230, dejaAccompagne: 6 },
  byMonth: [
    { month: '2026-01-01', participants: 20, records: 5 },
    { month: '2026-02-01', participants: 0, records: 0 },
    { month: '2026-03-01', participants: 37, records: 9 },
  ],
  byTheme: [
    { code: 'email', participants: 30 },
    { code: 'sante', participants: 12 },
  ],
  byGenre: [
    { code: 'feminin', participants: 31 },
    { code: 'masculin', participants: 20 },
    { code: 'non_renseigne', participants: 6 },
  ],
  byTrancheAge: [{ code: 'soixante_dix_plus', participants: 57 }],
  byStatutSocial: [{ code: 'retraite', participants: 57 }],
  byTerritoryKind: { qpv: 12, rural: 40, other: 5 },
  places: [
    {
      placeId: '3f0c1e9a-0000-4000-8000-000000000001',
      name: '=Fabrique; du "Port"',
      lat: 47.87,
      lng: -3.92,
      participants: 45,
    },
    {
      placeId: '3f0c1e9a-0000-4000-8000-000000000002',
      name: 'Tiers-lieu des Monts',
      lat: null,
      lng: null,
      participants: 12,
    },
  ],
};

describe('dashboard exports', () => {
  it('writes an XLSX that opens with one sheet per section and numbers as numbers', async () => {
    const buffer = await tablesToXlsx(dashboardTables(dashboard, label));
    const sheets = await readXlsxFile(buffer);
    expect(sheets.map((s) => s.sheet)).toEqual([
      'Totaux',
      'Mois',
      'Thématiques',
      'Publics',
      'Territoires',
      'Lieux',
    ]);
    const sheet = (name: string) => sheets.find((s) => s.sheet === name)?.data ?? [];
    expect(sheet('Totaux')).toContainEqual(['Personnes accompagnées', 57]);
    expect(sheet('Totaux')).toContainEqual(['Durée totale (minutes)', 1230]);
    expect(sheet('Totaux')).toContainEqual(['Au', '2026-03-31']);
    expect(sheet('Mois')).toEqual([
      ['Mois', 'Personnes accompagnées', 'Activités'],
      ['2026-01', 20, 5],
      ['2026-02', 0, 0],
      ['2026-03', 37, 9],
    ]);
    expect(sheet('Publics')).toContainEqual(['genre', 'non_renseigne', 6]);
    expect(sheet('Territoires')).toContainEqual(['Quartiers prioritaires (QPV)', 12]);
    // The name typed like a formula ("=Fabrique…") is neutralised, as in the CSV.
    expect(sheet('Lieux')[1]).toEqual([
      `'${dashboard.places[0]?.name}`,
      dashboard.places[0]?.placeId,
      45,
      47.87,
      -3.92,
    ]);
    expect(sheet('Lieux')[2]).toEqual(['Tiers-lieu des Monts', dashboard.places[1]?.placeId, 12, null, null]);
  });

  it('neutralises every text cell typed like a formula; ordinary text and numbers stay as they are', async () => {
    const hostile: Dashboard = {
      ...dashboard,
      title: '=HYPERLINK("http://evil.example","x")',
      places: [
        { placeId: 'p1', name: '@SUM(1)', lat: -21.11, lng: 55.53, participants: 5 },
        { placeId: 'p2', name: '+33 6 12 34 56 78', lat: null, lng: null, participants: 4 },
        { placeId: 'p3', name: '-1+1', lat: null, lng: null, participants: 3 },
        { placeId: 'p4', name: '\t=1+1', lat: null, lng: null, participants: 2 },
        { placeId: 'p5', name: 'Tiers-lieu des Monts', lat: 48.1, lng: -1.68, participants: 1 },
      ],
    };
    const sheets = await readXlsxFile(await tablesToXlsx(dashboardTables(hostile, label)));
    const sheet = (name: string) => sheets.find((s) => s.sheet === name)?.data ?? [];
    expect(sheet('Totaux')).toContainEqual(['Périmètre', `'=HYPERLINK("http://evil.example","x")`]);
    expect(sheet('Lieux').slice(1)).toEqual([
      ["'@SUM(1)", 'p1', 5, -21.11, 55.53],
      ["'+33 6 12 34 56 78", 'p2', 4, null, null],
      ["'-1+1", 'p3', 3, null, null],
      ["'\t=1+1", 'p4', 2, null, null],
      ['Tiers-lieu des Monts', 'p5', 1, 48.1, -1.68],
    ]);
    // Every text cell of the workbook: none starts like a formula.
    for (const { data } of sheets) {
      for (const row of data) {
        for (const cell of row) {
          if (typeof cell === 'string') expect(cell).not.toMatch(/^[=+\-@\t\r]/);
        }
      }
    }
  });

  it('writes a CSV for French spreadsheets: BOM, semicolons, quoted text, no formula', () => {
    const csv = toDashboardCsv(dashboardTables(dashboard, label), t('reporting_export.column.section'));
    expect(csv.startsWith('\uFEFFRubrique;Indicateur;Valeur\r\n')).toBe(true);
    expect(csv).toContain('\r\nTotaux;Personnes accompagnées;57\r\n');
    expect(csv).toContain('\r\nMois;2026-03;37;9\r\n');
    expect(csv).toContain(
      `\r\nLieux;"'=Fabrique; du ""Port""";${dashboard.places[0]?.placeId};45;47.87;-3.92\r\n`,
    );
  });
});
