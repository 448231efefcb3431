export { default, meta } from '@rf/web/routes/password-forgotten';
export { action, headers } from '@rf/web/routes/password-forgotten.server';
