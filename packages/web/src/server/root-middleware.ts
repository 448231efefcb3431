import { bindClientAddress } from './client-address.ts';
import { rejectUnreadableForms } from './form-guard.ts';

/**
 * What runs before every loader and action of both apps, in this order. Cross-site posts are refused
 * earlier, by the production server (`production-server.ts`), before their body is read.
 */
export const rootMiddleware = [bindClientAddress, rejectUnreadableForms];
