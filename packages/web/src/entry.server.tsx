import { randomBytes } from 'node:crypto';
import { PassThrough } from 'node:stream';
import { createReadableStreamFromReadable } from '@react-router/node';
import { isbot } from 'isbot';
import type { RenderToPipeableStreamOptions } from 'react-dom/server';
import { renderToPipeableStream } from 'react-dom/server';
import type { EntryContext } from 'react-router';
import { ServerRouter } from 'react-router';
import { NonceContext } from './nonce.tsx';
import { applySecurityHeaders } from './security-headers.ts';
import { services } from './server/app-server.ts';

export const streamTimeout = 5_000;

/**
 * What the production server (`production-server.ts`) takes from the build rather than importing it again:
 * the same context key the root middleware reads, and the process's services (its logger, its pool).
 */
export { clientAddressContext } from './server/client-address.ts';
export { services };

// Validate the environment when the server starts, not on the first request: a bad configuration
// stops the process with the variable's name.
services();

/** React Router's Node entry, plus a CSP nonce and security headers on every document. */
export default function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  routerContext: EntryContext,
) {
  const { env } = services();
  const nonce = randomBytes(16).toString('base64');
  applySecurityHeaders(responseHeaders, nonce, {
    https: new URL(env.SITE_URL).protocol === 'https:',
    formOrigins: [new URL(env.SITE_URL).origin, new URL(env.ADMIN_URL).origin],
    imageOrigins: env.MAP_TILES_URL === 'off' ? [] : [new URL(env.MAP_TILES_URL).origin],
  });
  if (request.method.toUpperCase() === 'HEAD') {
    return new Response(null, { status: responseStatusCode, headers: responseHeaders });
  }

  return new Promise((resolve, reject) => {
    let shellRendered = false;
    const userAgent = request.headers.get('user-agent');
    // Crawlers and no-JS readers get the whole page at once.
    const readyOption: keyof RenderToPipeableStreamOptions =
      (userAgent && isbot(userAgent)) || routerContext.isSpaMode ? 'onAllReady' : 'onShellReady';
    let timeoutId: ReturnType<typeof setTimeout> | undefined = setTimeout(
      () => abort(),
      streamTimeout + 1000,
    );

    const { pipe, abort } = renderToPipeableStream(
      <NonceContext.Provider value={nonce}>
        <ServerRouter context={routerContext} url={request.url} nonce={nonce} />
      </NonceContext.Provider>,
      {
        nonce,
        [readyOption]() {
          shellRendered = true;
          const body = new PassThrough({
            final(callback) {
              clearTimeout(timeoutId);
              timeoutId = undefined;
              callback();
            },
          });
          responseHeaders.set('Content-Type', 'text/html; charset=utf-8');
          pipe(body);
          resolve(
            new Response(createReadableStreamFromReadable(body), {
              headers: responseHeaders,
              status: responseStatusCode,
            }),
          );
        },
        onShellError(error: unknown) {
          reject(error);
        },
        onError(error: unknown) {
          responseStatusCode = 500;
          if (shellRendered) services().logger.error({ err: error }, 'render failed');
        },
      },
    );
  });
}
