import { appointmentsRouter } from './routers/appointments/_router.ts';
import { attendanceRouter } from './routers/attendance/_router.ts';
import { bookingRouter } from './routers/booking/_router.ts';
import { catalogueRouter } from './routers/catalogue/_router.ts';
import { consoleRouter } from './routers/console/_router.ts';
import { directoryRouter } from './routers/directory/_router.ts';
import { directoryAdminRouter } from './routers/directory-admin/_router.ts';
import { homeRouter } from './routers/home/_router.ts';
import { identityRouter } from './routers/identity/_router.ts';
import { invitationsRouter } from './routers/invitations/_router.ts';
import { networkRouter } from './routers/network/_router.ts';
import { peopleRouter } from './routers/people/_router.ts';
import { privacyRouter } from './routers/privacy/_router.ts';
import { programmeRouter } from './routers/programme/_router.ts';
import { publicApiRouter } from './routers/public-api/_router.ts';
import { publishingRouter } from './routers/publishing/_router.ts';
import { reportingRouter } from './routers/reporting/_router.ts';
import { sharingRouter } from './routers/sharing/_router.ts';
import { webhooksRouter } from './routers/webhooks/_router.ts';
import { createCallerFactory, router } from './trpc.ts';

export const appRouter = router({
  attendance: attendanceRouter,
  appointments: appointmentsRouter,
  booking: bookingRouter,
  catalogue: catalogueRouter,
  console: consoleRouter,
  directory: directoryRouter,
  directoryAdmin: directoryAdminRouter,
  home: homeRouter,
  identity: identityRouter,
  invitations: invitationsRouter,
  network: networkRouter,
  people: peopleRouter,
  privacy: privacyRouter,
  programme: programmeRouter,
  publicApi: publicApiRouter,
  publishing: publishingRouter,
  reporting: reportingRouter,
  sharing: sharingRouter,
  webhooks: webhooksRouter,
});

export type AppRouter = typeof appRouter;

export const createCaller = createCallerFactory(appRouter);
