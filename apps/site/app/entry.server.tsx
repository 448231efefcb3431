export { clientAddressContext, default, services, streamTimeout } from '@rf/web/entry.server';
