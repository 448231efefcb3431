export { action, loader } from '@rf/web/routes/sign-out';
