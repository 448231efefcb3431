import { describe, expect, it } from 'vitest';
import type { Dashboard } from './dashboard.ts';
import {
  type DashboardExportLabel,
  dashboardTables,
  publishedDashboardTables,
  toDashboardCsv,
} from './dashboard-export.ts';
import { publishActivity, publishedDashboard } from './publication.ts';

const label = (key: DashboardExportLabel) => key;

// A place's team named its fabrique (the hub's title) and its places as a spreadsheet formula.
const dashboard: Dashboard = {
  scope: { kind: 'hub', fabriqueId: '3f0c1e9a-0000-4000-8000-000000000009' },
  range: { from: '2026-01-01', to: '2026-04-01' },
  title: '=HYPERLINK("http://evil.example","x")',
  totals: { records: 3, individual: 2, collective: 1, participants: 12, minutes: 90, dejaAccompagne: 1 },
  byMonth: [{ month: '2026-01-01', participants: 12, records: 3 }],
  byTheme: [{ code: 'email', participants: 12 }],
  byGenre: [{ code: 'feminin', participants: 12 }],
  byTrancheAge: [{ code: 'soixante_dix_plus', participants: 12 }],
  byStatutSocial: [{ code: 'retraite', participants: 12 }],
  byTerritoryKind: { qpv: 0, rural: 12, other: 0 },
  places: [
    { placeId: 'p1', name: '@SUM(1)', lat: -21.11, lng: 55.53, participants: 5 },
    { placeId: 'p2', name: '-1+1', lat: null, lng: null, participants: 4 },
    { placeId: 'p3', name: '\t=1+1', lat: 47.87, lng: -3.92, participants: 2 },
    { placeId: 'p4', name: 'Tiers-lieu des Monts', lat: 48.1, lng: -1.68, participants: 1 },
  ],
};

describe('dashboard CSV', () => {
  it('neutralises names typed like a formula; ordinary text and numbers (negative ones too) are unchanged', () => {
    const lines = toDashboardCsv(dashboardTables(dashboard, label), 'column.section').split('\r\n');
    expect(lines).toContain(`sheet.totals;meta.scope;"'=HYPERLINK(""http://evil.example"",""x"")"`);
    expect(lines).toContain("sheet.places;'@SUM(1);p1;5;-21.11;55.53");
    expect(lines).toContain("sheet.places;'-1+1;p2;4;;");
    expect(lines).toContain("sheet.places;'\t=1+1;p3;2;47.87;-3.92");
    expect(lines).toContain('sheet.places;Tiers-lieu des Monts;p4;1;48.1;-1.68');
    expect(lines).toContain('sheet.totals;total.participants;12');
    expect(lines).toContain('sheet.months;2026-01;12;3');
  });

  it('keeps the text itself in the tables (the writers neutralise it, CSV and XLSX alike)', () => {
    const places = dashboardTables(dashboard, label).find((t) => t.name === 'sheet.places');
    expect(places?.rows[0]).toEqual(['@SUM(1)', 'p1', 5, -21.11, 55.53]);
  });
});

describe('published dashboard export (decision 038)', () => {
  it('writes whole quarters, "secret" for a hidden figure, and explains it in the first sheet', () => {
    const place = (placeId: string) => ({
      placeId,
      name: placeId,
      lat: null,
      lng: null,
      departementCode: '29',
      departementName: 'Finistère',
      regionCode: '53',
      regionName: 'Bretagne',
      hubFabriqueId: null,
      isPublic: true,
      isQpv: false,
      isRural: false,
    });
    const row = (placeId: string, dimension: string, code: string, participants: number) => ({
      quarter: '2026-07-01',
      placeId,
      dimension,
      code,
      participants,
    });
    const publication = publishActivity(
      [place('konk'), place('voisin')],
      [
        row('konk', 'total', '', 20),
        row('konk', 'tranche_age', 'vingt_cinq_trente_neuf', 1),
        row('konk', 'tranche_age', 'soixante_dix_plus', 19),
        row('voisin', 'total', '', 30),
        row('voisin', 'tranche_age', 'soixante_dix_plus', 30),
      ],
    );
    const july = publishedDashboard(
      publication,
      { kind: 'place', placeId: 'konk' },
      { from: '2026-07-01', to: '2026-08-01' },
      'Konk Ar Lab',
    );
    const tables = publishedDashboardTables(july, label);
    expect(tables.map((t) => t.name)).toEqual([
      'sheet.totals',
      'sheet.quarters',
      'sheet.themes',
      'sheet.publics',
      'sheet.territories',
      'sheet.places',
    ]);
    const lines = toDashboardCsv(tables, 'column.section').split('\r\n');
    expect(lines).toContain('sheet.totals;meta.to;2026-09-30');
    expect(lines).toContain('sheet.totals;meta.secrecy;meta.secrecy_note');
    expect(lines).toContain('sheet.quarters;2026-T3;20');
    expect(lines).toContain('sheet.publics;tranche_age;vingt_cinq_trente_neuf;secret');
    expect(lines).toContain('sheet.publics;tranche_age;soixante_dix_plus;secret');
    expect(lines.some((l) => /;[1-4]$/.test(l))).toBe(false);
  });
});
