export { action, loader } from '@rf/web/routes/language';
