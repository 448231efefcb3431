import {
  FUNDING_EXPORT_COLUMNS,
  type FundingExportColumn,
  toFundingCsv,
} from '@rf/domain/programme/funding-export';
import { requestScope, requireViewer, withPageErrors } from '@rf/web/server';
import type { Route } from './+types/financements.export[.]csv';

/** The funding table as CSV (network admins and observers), column titles in the reader's language. */
export const loader = withPageErrors(async ({ request }: Route.LoaderArgs) => {
  // Signed out: back to the funding page after signing in, not to the file.
  await requireViewer(request, { role: 'observer', returnTo: '/financements' });
  const { api, t } = await requestScope(request);
  const { fabriques } = await api.programme.fundingOverview({});
  const titles = Object.fromEntries(
    FUNDING_EXPORT_COLUMNS.map((c) => [c, t(`programme.csv.${c}`)]),
  ) as Record<FundingExportColumn, string>;
  const csv = toFundingCsv(fabriques, titles, (status) =>
    t(`programme.agreement.status.${status as 'draft' | 'signed' | 'closed'}`),
  );
  return new Response(csv, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': 'attachment; filename="financements.csv"',
      'cache-control': 'private, no-store',
    },
  });
});
