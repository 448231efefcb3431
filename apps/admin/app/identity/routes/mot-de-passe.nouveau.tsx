export { default, meta } from '@rf/web/routes/password-new';
export { action, loader } from '@rf/web/routes/password-new.server';
