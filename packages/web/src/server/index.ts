export { services } from './app-server.ts';
export { rejectUnreadableForms } from './form-guard.ts';
export { healthResponse } from './health.ts';
export { LOCALE_COOKIE, localeOf, type RequestScope, requestScope } from './request.ts';
