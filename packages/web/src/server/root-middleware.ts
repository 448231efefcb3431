import { bindClientAddress } from './client-address.ts';
import { rejectUnreadableForms } from './form-guard.ts';
import { httpCache } from './http-cache.ts';
import { outageRetryAfter } from './page-errors.ts';

/**
 * What runs before every loader and action of both apps, in this order. Cross-site posts are refused
 * earlier, by the production server (`production-server.ts`), before their body is read. `httpCache` runs
 * first so that it sees every answer last: whatever is not shareable leaves `private, no-store` (decision 042).
 * `outageRetryAfter` puts `Retry-After` on every 503 (the database unreachable), pages and files alike.
 */
export const rootMiddleware = [httpCache, outageRetryAfter, bindClientAddress, rejectUnreadableForms];
