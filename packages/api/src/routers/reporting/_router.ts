import { router } from '../../trpc.ts';
import { coordinationCreate } from './coordination-create.ts';
import { coordinationDelete } from './coordination-delete.ts';
import { coordinationGet } from './coordination-get.ts';
import { coordinationList } from './coordination-list.ts';
import { coordinationPlaces } from './coordination-places.ts';
import { coordinationUpdate } from './coordination-update.ts';
import { dashboardGet } from './dashboard-get.ts';
import { dashboardOptions } from './dashboard-options.ts';
import { dashboardShareCreate } from './dashboard-share-create.ts';
import { dashboardShareRevoke } from './dashboard-share-revoke.ts';
import { dashboardShared } from './dashboard-shared.ts';
import { openData } from './open-data.ts';
import { recordsCreate } from './records-create.ts';
import { recordsCreateFromSource } from './records-create-from-source.ts';
import { recordsDelete } from './records-delete.ts';
import { recordsGet } from './records-get.ts';
import { recordsList } from './records-list.ts';
import { recordsPlaces } from './records-places.ts';
import { recordsPrefill } from './records-prefill.ts';
import { recordsToComplete } from './records-to-complete.ts';
import { recordsUpdate } from './records-update.ts';
import { getReport } from './report-get.ts';
import { listReports } from './report-list.ts';
import { openReport } from './report-open.ts';
import { reviewReport } from './report-review.ts';
import { saveReport } from './report-save.ts';
import { submitReport } from './report-submit.ts';

// Activity reporting (SPEC §4.4): activity records and coordination activities, periodic reports,
// dashboards and exports. One procedure per file; each area adds its own lines here.
export const reportingRouter = router({
  recordsPlaces,
  recordsList,
  recordsGet,
  recordsToComplete,
  recordsPrefill,
  recordsCreate,
  recordsCreateFromSource,
  recordsUpdate,
  recordsDelete,
  coordinationPlaces,
  coordinationList,
  coordinationGet,
  coordinationCreate,
  coordinationUpdate,
  coordinationDelete,
  openData,
  dashboardOptions,
  dashboardGet,
  dashboardShareCreate,
  dashboardShareRevoke,
  dashboardShared,
  listReports,
  getReport,
  openReport,
  saveReport,
  submitReport,
  reviewReport,
});
