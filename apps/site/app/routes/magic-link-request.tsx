export { action, default, meta } from '@rf/web/routes/magic-link-request';
