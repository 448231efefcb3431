export { default, meta } from '@rf/web/routes/activity-edit';
export { action, loader } from '@rf/web/routes/activity-edit.server';
