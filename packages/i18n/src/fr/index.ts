import { activityRecords } from './activity-records.ts';
import { admin } from './admin.ts';
import { appointments } from './appointments.ts';
import { attendance } from './attendance.ts';
import { booking, bookingMail, bookingManage } from './booking.ts';
import { catalogue, catalogueThemes } from './catalogue.ts';
import { account, common, sessionTable } from './common.ts';
import { consoleNav } from './console-nav.ts';
import { courses } from './courses.ts';
import { dashboards } from './dashboards.ts';
import { dataInclusionQuality } from './data-inclusion-quality.ts';
import { directory } from './directory.ts';
import { directoryAdmin } from './directory-admin.ts';
import { directoryMap } from './directory-map.ts';
import { errors } from './errors.ts';
import { invitations } from './invitations.ts';
import { jobs } from './jobs.ts';
import { mail } from './mail.ts';
import { people } from './people.ts';
import { placePhotos } from './place-photos.ts';
import { privacy } from './privacy.ts';
import { programme } from './programme.ts';
import { publicApi } from './public-api.ts';
import { publishing } from './publishing.ts';
import { reportingExport } from './reporting-export.ts';
import { reports } from './reports.ts';
import { roles } from './roles.ts';
import { sessionChanges } from './session-changes.ts';
import { sharing, sharingResources, sharingTool, sharingTools } from './sharing.ts';
import { site, siteAccessibility, siteHome, space } from './site.ts';
import { sms } from './sms.ts';
import { webhooks } from './webhooks.ts';

// French is the reference catalogue: every other language must provide exactly its keys.
export const fr = {
  ...common,
  ...account,
  ...sessionTable,
  ...site,
  ...siteHome,
  ...siteAccessibility,
  ...space,
  ...admin,
  ...errors,
  ...invitations,
  ...people,
  ...mail,
  ...jobs,
  ...sessionChanges,
  ...roles,
  ...directory,
  ...directoryAdmin,
  ...dataInclusionQuality,
  ...directoryMap,
  ...placePhotos,
  ...booking,
  ...bookingManage,
  ...bookingMail,
  ...courses,
  ...attendance,
  ...appointments,
  ...catalogue,
  ...catalogueThemes,
  ...publishing,
  ...reports,
  ...reportingExport,
  ...programme,
  ...sharingTools,
  ...sharingTool,
  ...sharingResources,
  ...sharing,
  ...activityRecords,
  ...dashboards,
  ...privacy,
  ...publicApi,
  ...sms,
  ...consoleNav,
  ...webhooks,
} as const;

/**
 * The same messages by source file: a namespace is what a route asks for (`handle.i18n`) so that a page
 * receives only the messages it shows (decision 049).
 */
export const frNamespaces = {
  common,
  account,
  sessionTable,
  site,
  siteHome,
  siteAccessibility,
  space,
  admin,
  errors,
  invitations,
  people,
  mail,
  jobs,
  sessionChanges,
  roles,
  directory,
  directoryAdmin,
  dataInclusionQuality,
  directoryMap,
  placePhotos,
  booking,
  bookingManage,
  bookingMail,
  courses,
  attendance,
  appointments,
  catalogue,
  catalogueThemes,
  publishing,
  reports,
  reportingExport,
  programme,
  sharingTools,
  sharingTool,
  sharingResources,
  sharing,
  activityRecords,
  dashboards,
  privacy,
  publicApi,
  sms,
  consoleNav,
  webhooks,
} as const;
