export { default, streamTimeout } from '@rf/web/entry.server';
