export { services } from './app-server.ts';
export { clientAddressContext } from './client-address.ts';
export { healthResponse } from './health.ts';
export { etagMatches, notModified, weakEtag } from './http-cache.ts';
export {
  OUTAGE_RETRY_AFTER_SECONDS,
  orNotFound,
  type PageErrorOutcome,
  pageError,
  pageErrorOutcome,
  withPageErrors,
} from './page-errors.ts';
export { anonymousCaller, LOCALE_COOKIE, localeOf, type RequestScope, requestScope } from './request.ts';
export { rootMiddleware } from './root-middleware.ts';
export { type BuildRoutes, routeI18nNeeds, routeMessages } from './route-messages.ts';
export {
  currentViewer,
  hasRole,
  type RequireViewerOptions,
  requestedPath,
  requireViewer,
  type SignedInViewer,
  signInRedirect,
  type ViewerRole,
} from './viewer.ts';
