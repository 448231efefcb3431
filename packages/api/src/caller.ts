import type { HttpExchange } from '@rf/auth';
import { createContext } from './context.ts';
import { createCaller } from './root.ts';
import type { Services } from './services.server.ts';

/**
 * The server-side way for a route's loader or action to call procedures (never over HTTP to itself).
 * Cookies the procedures set land in `exchange.responseHeaders`, which the route returns.
 */
export async function callerFor(services: Services, exchange: HttpExchange) {
  const ctx = await createContext(services, exchange);
  return createCaller(ctx, {
    onError({ error, path }) {
      if (error.code === 'INTERNAL_SERVER_ERROR')
        services.logger.error({ err: error.cause ?? error, path }, 'procedure failed');
      // The database is unreachable: a clean 503 for the person, a line for whoever is on call.
      else if (error.code === 'SERVICE_UNAVAILABLE')
        services.logger.warn({ err: error.cause ?? error, path }, 'database unavailable');
    },
  });
}

export type Caller = Awaited<ReturnType<typeof callerFor>>;
