import {
  FUNDING_YEARS_EXPORT_COLUMNS,
  type FundingYearsExportColumn,
  toFundingYearsCsv,
} from '@rf/domain/programme/funding-export';
import { requestScope } from '@rf/web/server';
import { data, redirect } from 'react-router';
import type { Route } from './+types/financements.indicateurs[.]csv';

/** Funding next to the activity, per fabrique and year, as CSV (network admins and observers). */
export async function loader({ request }: Route.LoaderArgs) {
  const { api, t } = await requestScope(request);
  const viewer = await api.identity.me();
  if (!viewer) throw redirect(`/connexion?retour=${encodeURIComponent('/financements')}`);
  if (viewer.networkRole === null) throw data(null, { status: 403 });
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
}
