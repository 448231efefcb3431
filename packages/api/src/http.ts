import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import { createContext } from './context.ts';
import { appRouter } from './root.ts';
import type { Services } from './services.server.ts';

/** tRPC over HTTP at /api/trpc, for client code; loaders and actions use `callerFor` instead. */
export function handleTrpcRequest(services: Services, request: Request): Promise<Response> {
  const responseHeaders = new Headers();
  return fetchRequestHandler({
    endpoint: '/api/trpc',
    req: request,
    router: appRouter,
    createContext: () => createContext(services, { request, responseHeaders }),
    responseMeta: () => ({ headers: responseHeaders }),
    onError({ error, path }) {
      if (error.code === 'INTERNAL_SERVER_ERROR')
        services.logger.error({ err: error.cause ?? error, path }, 'procedure failed');
      // The database is unreachable: a clean 503 for the person, a line for whoever is on call.
      else if (error.code === 'SERVICE_UNAVAILABLE')
        services.logger.warn({ err: error.cause ?? error, path }, 'database unavailable');
    },
  });
}
