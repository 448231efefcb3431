export { default, meta } from '@rf/web/routes/magic-link';
export { action, loader } from '@rf/web/routes/magic-link.server';
