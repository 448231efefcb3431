export { default, meta } from '@rf/web/routes/password-forgotten';
export { action } from '@rf/web/routes/password-forgotten.server';
