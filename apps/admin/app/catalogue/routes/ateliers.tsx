export { default, meta } from '@rf/web/routes/activity-list';
export { loader } from '@rf/web/routes/activity-list.server';
