import { type CsvValue, toCsv } from '../reporting/csv.ts';
import { centsToEuros } from './funding.ts';

// The funding table as CSV for the network team's spreadsheets: one line per agreement (a fabrique without
// an agreement still gets a line), amounts in euros. Column titles come from the i18n catalogue.

export interface FundingExportAgreement {
  reference: string | null;
  waveName: string | null;
  startsOn: string;
  durationYears: number;
  yearlyAmountsCents: readonly number[];
  numeriqueBonusCents: number;
  coFunders: readonly { name: string; amountCents: number }[];
  status: string;
  disbursements: readonly { amountCents: number; status: 'planned' | 'paid' }[];
}

export interface FundingExportFabrique {
  placeName: string;
  reportsSent: number;
  lastReportPeriodStart: string | null;
  agreements: readonly FundingExportAgreement[];
}

export const FUNDING_EXPORT_COLUMNS = [
  'fabrique',
  'reference',
  'wave',
  'starts_on',
  'duration_years',
  'year_1',
  'year_2',
  'year_3',
  'bonus',
  'total',
  'co_funders',
  'status',
  'paid',
  'planned',
  'reports_sent',
  'last_report',
] as const;
export type FundingExportColumn = (typeof FUNDING_EXPORT_COLUMNS)[number];

const sumOf = (amounts: readonly number[]) => amounts.reduce((a, b) => a + b, 0);

export function toFundingCsv(
  fabriques: readonly FundingExportFabrique[],
  titles: Record<FundingExportColumn, string>,
  statusLabel: (status: string) => string,
): string {
  const lines: CsvValue[][] = [FUNDING_EXPORT_COLUMNS.map((c) => titles[c])];
  for (const f of fabriques) {
    const reports = [f.reportsSent, f.lastReportPeriodStart];
    if (f.agreements.length === 0) {
      lines.push([f.placeName, ...Array(13).fill(null), ...reports]);
      continue;
    }
    for (const a of f.agreements) {
      const years = [0, 1, 2].map((i) => {
        const amount = a.yearlyAmountsCents[i];
        return amount === undefined ? null : centsToEuros(amount);
      });
      const byStatus = (status: 'planned' | 'paid') =>
        centsToEuros(sumOf(a.disbursements.filter((d) => d.status === status).map((d) => d.amountCents)));
      const row = [
        f.placeName,
        a.reference,
        a.waveName,
        a.startsOn,
        a.durationYears,
        ...years,
        centsToEuros(a.numeriqueBonusCents),
        centsToEuros(sumOf(a.yearlyAmountsCents) + a.numeriqueBonusCents),
        a.coFunders.map((c) => `${c.name} (${centsToEuros(c.amountCents)})`).join(', '),
        statusLabel(a.status),
        byStatus('paid'),
        byStatus('planned'),
        ...reports,
      ];
      lines.push(row);
    }
  }
  // A BOM so that spreadsheet software reads the accents as UTF-8; cells through `toCsv`, so that a
  // spreadsheet shows them as typed: quoted when needed, never read as a formula.
  return `\uFEFF${toCsv(lines, ';')}`;
}

// Funding next to the activity, one line per fabrique and year (decision 028).

export interface FundingYearsExportFabrique {
  placeName: string;
  latestReport: { periodStart: string; status: string } | null;
  years: readonly {
    year: number;
    paidCents: number;
    participants: number;
    records: number;
    minutes: number;
    costPerParticipantCents: number | null;
  }[];
}

export const FUNDING_YEARS_EXPORT_COLUMNS = [
  'fabrique',
  'year',
  'paid',
  'participants',
  'records',
  'hours',
  'cost_per_participant',
  'latest_report',
  'latest_report_status',
] as const;
export type FundingYearsExportColumn = (typeof FUNDING_YEARS_EXPORT_COLUMNS)[number];

export function toFundingYearsCsv(
  fabriques: readonly FundingYearsExportFabrique[],
  titles: Record<FundingYearsExportColumn, string>,
  reportStatusLabel: (status: string) => string,
): string {
  const lines: CsvValue[][] = [FUNDING_YEARS_EXPORT_COLUMNS.map((c) => titles[c])];
  for (const f of fabriques) {
    const report = [
      f.latestReport?.periodStart ?? null,
      f.latestReport ? reportStatusLabel(f.latestReport.status) : null,
    ];
    for (const y of f.years) {
      const row = [
        f.placeName,
        y.year,
        centsToEuros(y.paidCents),
        y.participants,
        y.records,
        Math.round(y.minutes / 6) / 10,
        y.costPerParticipantCents === null ? null : centsToEuros(y.costPerParticipantCents),
        ...report,
      ];
      lines.push(row);
    }
  }
  return `\uFEFF${toCsv(lines, ';')}`;
}
