import { describeError } from '@rf/api';
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
import { signInPath } from '@rf/web/safe-redirect';
import { requestScope } from '@rf/web/server';
import { data, redirect } from 'react-router';

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
  const { api, t } = await requestScope(request);
  const url = new URL(request.url);
  const viewer = await api.identity.me();
  if (!viewer) {
    const back = `/tableaux-de-bord?${url.searchParams}`;
    throw redirect(signInPath(back));
  }
  const query = parseDashboardQuery(url.searchParams, new Date());
  if (Object.keys(query.errors).length > 0) throw data(null, { status: 400 });
  try {
    const { dashboard } = await api.reporting.dashboardGet({ scope: query.scope, range: query.range });
    const label = (key: DashboardExportLabel) => t(`reporting_export.${key}`);
    return {
      dashboard,
      tables: isPublished(dashboard)
        ? publishedDashboardTables(dashboard, label)
        : dashboardTables(dashboard, label),
      t,
      fileName: (ext) => dashboardFileName(dashboard, ext),
    };
  } catch (error) {
    const { code } = describeError(error);
    throw data(null, { status: code === 'not_found' ? 404 : code === 'forbidden' ? 403 : 400 });
  }
}

export function downloadHeaders(contentType: string, fileName: string): HeadersInit {
  return {
    'content-type': contentType,
    'content-disposition': `attachment; filename="${fileName}"`,
    'cache-control': 'private, no-store',
  };
}
