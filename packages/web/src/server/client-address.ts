import { AsyncLocalStorage } from 'node:async_hooks';
import { createContext, type RouterContextProvider } from 'react-router';

/**
 * The client's address, decided by the production server (`production-server.ts`: the socket, or the
 * right-most untrusted hop behind `TRUST_PROXY`) and handed to the app through React Router's load context.
 * Routes only ever see it through `requestScope`, so no code reads `X-Forwarded-For` itself.
 */
export const clientAddressContext = createContext<string | null>(null);

// Loaders and actions are called with the request only (`requestScope(request)`), and a post's loaders
// get a Request of their own after the action: the address follows the request's async work instead.
const current = new AsyncLocalStorage<string>();

/**
 * Root middleware: everything the request runs (action, loaders, rendering) sees its client address.
 * Outside the production server (`react-router dev`) there is none.
 */
export function bindClientAddress(
  { context }: { context: Readonly<RouterContextProvider> },
  next: () => Promise<Response>,
): Promise<Response> {
  const address = context.get(clientAddressContext);
  return address ? current.run(address, next) : next();
}

/** The address rate limits count against; `unknown` only under the development server. */
export function currentClientAddress(): string {
  const address = current.getStore();
  if (address) return address;
  if (process.env.NODE_ENV === 'production')
    throw new Error('no client address: start the app with its server.ts, not react-router-serve');
  return 'unknown';
}
