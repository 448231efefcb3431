import type { HttpExchange, Session } from '@rf/auth';
import type { Services } from './services.server.ts';

export interface Context {
  services: Services;
  exchange: HttpExchange;
  session: Session | null;
}

/** One per request: the session is read (and renewed if needed) once, before any procedure runs. */
export async function createContext(services: Services, exchange: HttpExchange): Promise<Context> {
  const session = await services.auth.readSession(exchange);
  return { services, exchange, session };
}
