export { default, meta } from '@rf/web/routes/sign-in';
export { action, loader } from '@rf/web/routes/sign-in.server';
