export { default, meta } from '@rf/web/routes/magic-link-request';
export { action, headers } from '@rf/web/routes/magic-link-request.server';
