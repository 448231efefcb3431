export { action, default, loader, meta } from '@rf/web/routes/password-new';
