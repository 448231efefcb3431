import type { Dashboard } from '@rf/domain/reporting/dashboard';
import { parseDashboardQuery } from '@rf/domain/reporting/dashboard.schema';
import {
  type DashboardExportLabel,
  dashboardFileName,
  dashboardTables,
  type ExportTable,
  publishedDashboardTables,
} from '@rf/domain/reporting/dashboard-export';
import { isPublished, type PublishedDashboard } from '@rf/domain/reporting/publication';
import type { Translate } from '@rf/i18n';
import { requestScope, requireViewer } from '@rf/web/server';
import { data } from 'react-router';
import { badAddress } from './dashboard-page.server.ts';

// The dashboard downloads (/tableaux-de-bord/export.csv and .xlsx): the same address and the same
// procedure as the dashboard page, so the same people see the same figures: raw for network admins and the
// scope's managers, the one publication of decision 038 for observers (validated quarters, "secret" for a
// hidden figure, as on the page and in the open data). A wrong address is refused rather than exported with
// the page's defaults.

export interface DashboardExport {
  dashboard: Dashboard | PublishedDashboard;
  tables: ExportTable[];
  t: Translate;
  fileName: (ext: 'csv' | 'xlsx') => string;
}

export async function loadDashboardExport(request: Request): Promise<DashboardExport> {
  const url = new URL(request.url);
  // Signed out: back to the dashboard page after signing in, not to the file.
  await requireViewer(request, { returnTo: `/tableaux-de-bord?${url.searchParams}` });
  const { api, t } = await requestScope(request);
  const query = parseDashboardQuery(url.searchParams, new Date());
  if (Object.keys(query.errors).length > 0) throw data(null, { status: 400 });
  // Not found → 404, forbidden → 403, an outage → 503 (the routes' withPageErrors); a refused scope → 400.
  const { dashboard } = await api.reporting
    .dashboardGet({ scope: query.scope, range: query.range })
    .catch(badAddress);
  const label = (key: DashboardExportLabel) => t(`reporting_export.${key}`);
  return {
    dashboard,
    tables: isPublished(dashboard)
      ? publishedDashboardTables(dashboard, label)
      : dashboardTables(dashboard, label),
    t,
    fileName: (ext) => dashboardFileName(dashboard, ext),
  };
}

export function downloadHeaders(contentType: string, fileName: string): HeadersInit {
  return {
    'content-type': contentType,
    'content-disposition': `attachment; filename="${fileName}"`,
    'cache-control': 'private, no-store',
  };
}
