import { withPageErrors } from '@rf/web/server';
import { tablesToXlsx, XLSX_CONTENT_TYPE } from '@rf/web/xlsx/tables-xlsx';
import { downloadHeaders, loadDashboardExport } from '../dashboard-export.server.ts';
import type { Route } from './+types/tableaux-de-bord.export[.]xlsx';

/** The dashboard of the address as an XLSX workbook, one sheet per section. */
export const loader = withPageErrors(async ({ request }: Route.LoaderArgs) => {
  const { tables, fileName } = await loadDashboardExport(request);
  const workbook = await tablesToXlsx(tables);
  return new Response(new Uint8Array(workbook), {
    headers: downloadHeaders(XLSX_CONTENT_TYPE, fileName('xlsx')),
  });
});
