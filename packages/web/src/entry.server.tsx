import { randomBytes } from 'node:crypto';
import { PassThrough } from 'node:stream';
import { createReadableStreamFromReadable } from '@react-router/node';
import { translator } from '@rf/i18n';
import { isbot } from 'isbot';
import type { RenderToPipeableStreamOptions } from 'react-dom/server';
import { renderToPipeableStream } from 'react-dom/server';
import type { EntryContext } from 'react-router';
import { ServerRouter } from 'react-router';
import { setServerCatalogue } from './i18n.tsx';
import { NonceContext } from './nonce.tsx';
import { applySecurityHeaders } from './security-headers.ts';
import { services } from './server/app-server.ts';
import {
  addVary,
  etagMatches,
  inlineScriptHashes,
  isPublicRoute,
  isShareable,
  notModified,
  PRIVATE_CACHE_CONTROL,
  PUBLIC_CACHE_CONTROL,
  weakEtag,
  withScriptHashes,
} from './server/http-cache.ts';
import { hydrateAfterPaint, hydrateAfterPaintStream } from './server/hydrate-after-paint.ts';

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
// The server render reads any message of the catalogue; a page's browser only those its routes declare.
setServerCatalogue(translator);

/**
 * React Router's Node entry, plus security headers and the caching decision on every document (decision
 * 042). A personal page gets a fresh CSP nonce and `private, no-store`, and streams. A public page (its route
 * says `handle: { cache: 'public' }`, the visitor is anonymous, see `http-cache.ts`) is rendered whole
 * without a nonce: its inline scripts are allowed by their hashes, so the body is the same for everyone and
 * can be cached and validated by a weak ETag (`If-None-Match` → 304).
 */
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
    devServer: process.env.NODE_ENV !== 'production',
  });
  const shareable = isShareable({
    method: request.method,
    status: responseStatusCode,
    requestHeaders: request.headers,
    responseHeaders,
    publicRoute: isPublicRoute(routerContext.staticHandlerContext.matches, routerContext.routeModules),
  });
  if (shareable) {
    responseHeaders.set('Cache-Control', PUBLIC_CACHE_CONTROL);
    // Someone signed in gets another page at the same address (private): caches must key on the cookie.
    addVary(responseHeaders, 'Cookie');
  } else responseHeaders.set('Cache-Control', PRIVATE_CACHE_CONTROL);
  if (request.method.toUpperCase() === 'HEAD') {
    return new Response(null, { status: responseStatusCode, headers: responseHeaders });
  }
  if (shareable) return renderPublicPage(request, responseStatusCode, responseHeaders, routerContext, nonce);

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
            new Response(createReadableStreamFromReadable(body).pipeThrough(hydrateAfterPaintStream()), {
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

/**
 * A public page, rendered whole without a nonce: its CSP allows its inline scripts by their hashes (a nonce
 * in a page many people get from a cache would be one everyone knows), and the body, the same for every
 * anonymous visitor, gives the ETag.
 */
function renderPublicPage(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  routerContext: EntryContext,
  placeholderNonce: string,
): Promise<Response> {
  return new Promise((resolve, reject) => {
    let failed = false;
    const chunks: Buffer[] = [];
    const sink = new PassThrough();
    sink.on('data', (chunk: Buffer) => chunks.push(chunk));
    sink.on('error', reject);
    sink.on('end', () => {
      clearTimeout(timeoutId);
      // Bytes all the way: the page is hashed and sent as React wrote it, never decoded and encoded again.
      const html = hydrateAfterPaint(Buffer.concat(chunks));
      const csp = responseHeaders.get('Content-Security-Policy');
      if (csp) {
        responseHeaders.set(
          'Content-Security-Policy',
          withScriptHashes(csp, placeholderNonce, inlineScriptHashes(html)),
        );
      }
      responseHeaders.set('Content-Type', 'text/html; charset=utf-8');
      // A page that failed while rendering is an error page: never cached, never validated.
      if (failed) {
        responseHeaders.set('Cache-Control', PRIVATE_CACHE_CONTROL);
        resolve(new Response(html, { status: 500, headers: responseHeaders }));
        return;
      }
      const etag = weakEtag(html);
      responseHeaders.set('ETag', etag);
      if (etagMatches(request.headers.get('if-none-match'), etag)) {
        resolve(notModified(responseHeaders));
        return;
      }
      resolve(new Response(html, { status: responseStatusCode, headers: responseHeaders }));
    });
    const timeoutId = setTimeout(() => abort(), streamTimeout + 1000);
    const { pipe, abort } = renderToPipeableStream(
      <ServerRouter context={routerContext} url={request.url} />,
      {
        onAllReady() {
          pipe(sink);
        },
        onShellError(error: unknown) {
          clearTimeout(timeoutId);
          reject(error);
        },
        onError(error: unknown) {
          failed = true;
          services().logger.error({ err: error }, 'render failed');
        },
      },
    );
  });
}
