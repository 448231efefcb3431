import {
  FUNDING_YEARS_EXPORT_COLUMNS,
  type FundingYearsExportColumn,
  toFundingYearsCsv,
} from '@rf/domain/programme/funding-export';
import { requestScope, requireViewer, withPageErrors } from '@rf/web/server';
import type { Route } from './+types/financements.indicateurs[.]csv';

/** Funding next to the activity, per fabrique and year, as CSV (network admins and observers). */
export const loader = withPageErrors(async ({ request }: Route.LoaderArgs) => {
  // Signed out: back to the funding page after signing in, not to the file.
  await requireViewer(request, { role: 'observer', returnTo: '/financements' });
  const { api, t } = await requestScope(request);
  const { fabriques } = await api.programme.fundingOverview({});
  const titles = Object.fromEntries(
    FUNDING_YEARS_EXPORT_COLUMNS.map((c) => [c, t(`programme.csv_years.${c}`)]),
  ) as Record<FundingYearsExportColumn, string>;
  const csv = toFundingYearsCsv(fabriques, titles, (status) =>
    t(`report.status.${status as 'draft' | 'submitted' | 'sent_back' | 'validated'}`),
  );
  return new Response(csv, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': 'attachment; filename="financements-activite.csv"',
      'cache-control': 'private, no-store',
    },
  });
});
