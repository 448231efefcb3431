import { describe, expect, it } from 'vitest';
import {
  FUNDING_EXPORT_COLUMNS,
  FUNDING_YEARS_EXPORT_COLUMNS,
  type FundingExportColumn,
  type FundingYearsExportColumn,
  toFundingCsv,
  toFundingYearsCsv,
} from './funding-export.ts';

const titles = Object.fromEntries(FUNDING_EXPORT_COLUMNS.map((c) => [c, c])) as Record<
  FundingExportColumn,
  string
>;

describe('funding CSV', () => {
  it('writes one line per agreement with euros, and a line for a fabrique without one', () => {
    const csv = toFundingCsv(
      [
        {
          placeName: 'Fabrique du Port',
          reportsSent: 2,
          lastReportPeriodStart: '2026-04-01',
          agreements: [
            {
              reference: 'CONV-1',
              waveName: 'Vague 2',
              startsOn: '2026-01-01',
              durationYears: 2,
              yearlyAmountsCents: [5_000_000, 2_500_050],
              numeriqueBonusCents: 0,
              coFunders: [{ name: 'Région; Bretagne', amountCents: 100_000 }],
              status: 'signed',
              disbursements: [
                { amountCents: 5_000_000, status: 'paid' },
                { amountCents: 2_500_050, status: 'planned' },
              ],
            },
          ],
        },
        { placeName: '=HYPERLINK("x")', reportsSent: 0, lastReportPeriodStart: null, agreements: [] },
      ],
      titles,
      (s) => `«${s}»`,
    );
    const lines = csv.replace('\uFEFF', '').trim().split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toBe(
      'Fabrique du Port;CONV-1;Vague 2;2026-01-01;2;50000;25000.50;;0;75000.50;"Région; Bretagne (1000)";«signed»;50000;25000.50;2;2026-04-01',
    );
    // A cell starting like a formula is neutralised.
    expect(lines[2]?.startsWith(`"'=HYPERLINK(""x"")"`)).toBe(true);
    expect(lines[2]?.split(';')).toHaveLength(FUNDING_EXPORT_COLUMNS.length);
  });
});

describe('funding and activity per year CSV', () => {
  it('writes one line per fabrique and year, with hours, the cost per person and the latest report', () => {
    const yearTitles = Object.fromEntries(FUNDING_YEARS_EXPORT_COLUMNS.map((c) => [c, c])) as Record<
      FundingYearsExportColumn,
      string
    >;
    const csv = toFundingYearsCsv(
      [
        {
          placeName: 'Fabrique du Port',
          latestReport: { periodStart: '2026-04-01', status: 'validated' },
          years: [
            {
              year: 2025,
              paidCents: 5_000_050,
              participants: 0,
              records: 0,
              minutes: 0,
              costPerParticipantCents: null,
            },
            {
              year: 2026,
              paidCents: 0,
              participants: 251,
              records: 2,
              minutes: 165,
              costPerParticipantCents: 0,
            },
          ],
        },
        { placeName: '=Sans activité', latestReport: null, years: [] },
      ],
      yearTitles,
      (status) => `[${status}]`,
    );
    expect(csv.split('\r\n')).toEqual([
      '\uFEFFfabrique;year;paid;participants;records;hours;cost_per_participant;latest_report;latest_report_status',
      'Fabrique du Port;2025;50000.50;0;0;0;;2026-04-01;[validated]',
      'Fabrique du Port;2026;0;251;2;2.8;0;2026-04-01;[validated]',
      '',
    ]);
  });
});

describe('funding CSVs, opened in a spreadsheet', () => {
  const agreement = {
    reference: '@SUM(1)',
    waveName: '-1+1',
    startsOn: '2026-01-01',
    durationYears: 1,
    yearlyAmountsCents: [1_000_000],
    numeriqueBonusCents: 0,
    coFunders: [{ name: '+33612345678', amountCents: 100_000 }],
    status: 'signed',
    disbursements: [],
  };

  it('neutralises what a person typed (names, reference, wave, co-funders); amounts are unchanged', () => {
    const csv = toFundingCsv(
      [
        {
          placeName: '=HYPERLINK("http://evil.example","x")',
          reportsSent: 1,
          lastReportPeriodStart: null,
          agreements: [agreement],
        },
        { placeName: '\tFabrique', reportsSent: 0, lastReportPeriodStart: null, agreements: [] },
        { placeName: 'Fabrique du Port', reportsSent: 0, lastReportPeriodStart: null, agreements: [] },
      ],
      titles,
      (s) => s,
    );
    const lines = csv.replace('\uFEFF', '').trim().split('\r\n');
    expect(lines[1]).toBe(
      `"'=HYPERLINK(""http://evil.example"",""x"")";'@SUM(1);'-1+1;2026-01-01;1;10000;;;0;10000;'+33612345678 (1000);signed;0;0;1;`,
    );
    expect(lines[2]).toBe(`'\tFabrique;${';'.repeat(13)}0;`);
    expect(lines[3]).toBe(`Fabrique du Port;${';'.repeat(13)}0;`);
  });

  it('neutralises a fabrique name in the funding and activity per year CSV', () => {
    const yearTitles = Object.fromEntries(FUNDING_YEARS_EXPORT_COLUMNS.map((c) => [c, c])) as Record<
      FundingYearsExportColumn,
      string
    >;
    const year = {
      year: 2026,
      paidCents: 100_000,
      participants: 4,
      records: 1,
      minutes: 60,
      costPerParticipantCents: 25_000,
    };
    const csv = toFundingYearsCsv(
      [
        { placeName: '@SUM(1)', latestReport: null, years: [year] },
        { placeName: '-1+1', latestReport: null, years: [year] },
        { placeName: 'Fabrique du Port', latestReport: null, years: [year] },
      ],
      yearTitles,
      (s) => s,
    );
    expect(csv.split('\r\n').slice(1, 4)).toEqual([
      "'@SUM(1);2026;1000;4;1;1;250;;",
      "'-1+1;2026;1000;4;1;1;250;;",
      'Fabrique du Port;2026;1000;4;1;1;250;;',
    ]);
  });
});
