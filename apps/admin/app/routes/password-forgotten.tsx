export { action, default, meta } from '@rf/web/routes/password-forgotten';
