export { default, meta } from '@rf/web/routes/magic-link-request';
export { action } from '@rf/web/routes/magic-link-request.server';
