export { default, meta } from '@rf/web/routes/sign-in';
export { action, headers, loader } from '@rf/web/routes/sign-in.server';
