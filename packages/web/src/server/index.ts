export { services } from './app-server.ts';
export { clientAddressContext } from './client-address.ts';
export { healthResponse } from './health.ts';
export { LOCALE_COOKIE, localeOf, type RequestScope, requestScope } from './request.ts';
export { rootMiddleware } from './root-middleware.ts';
export { type BuildRoutes, routeI18nNeeds, routeMessages } from './route-messages.ts';
