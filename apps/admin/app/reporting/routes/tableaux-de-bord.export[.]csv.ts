import { toDashboardCsv } from '@rf/domain/reporting/dashboard-export';
import { withPageErrors } from '@rf/web/server';
import { downloadHeaders, loadDashboardExport } from '../dashboard-export.server.ts';
import type { Route } from './+types/tableaux-de-bord.export[.]csv';

/** The dashboard of the address as CSV (sections stacked; semicolons and BOM for French spreadsheets). */
export const loader = withPageErrors(async ({ request }: Route.LoaderArgs) => {
  const { tables, t, fileName } = await loadDashboardExport(request);
  const csv = toDashboardCsv(tables, t('reporting_export.column.section'));
  return new Response(csv, { headers: downloadHeaders('text/csv; charset=utf-8', fileName('csv')) });
});
