export { default, meta } from '@rf/web/routes/activity-new';
export { action, loader } from '@rf/web/routes/activity-new.server';
