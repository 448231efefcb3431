// HTTP caching of both apps' answers (decision 042). A page is cacheable by anyone (a CDN, the browser) only
// when its route says so (`handle: { cache: 'public' }`), it is a plain successful GET, the request carries no
// cookie but the language one, and the answer sets none; everything else is `private, no-store`. Public pages
// carry a weak `ETag` of their body, and a request whose `If-None-Match` names it is answered 304.
import { hash } from 'node:crypto';
import type { MiddlewareFunction } from 'react-router';
import { LOCALE_COOKIE } from './request.ts';

/** A minute fresh, then five more served stale while one request refreshes it. */
export const PUBLIC_CACHE_CONTROL = 'public, max-age=60, stale-while-revalidate=300';
export const PRIVATE_CACHE_CONTROL = 'private, no-store';

/** What a route's `handle` says about caching; routes without it are private. */
export interface CacheHandle {
  cache?: 'public';
}

/** Cookies that say nothing about who someone is: a request carrying only these may get a shared page. */
const SHAREABLE_COOKIES: ReadonlySet<string> = new Set([LOCALE_COOKIE]);

/** Whether a `Cookie` header carries anything but the shareable cookies (a session, or anything unknown). */
export function hasPersonalCookie(cookieHeader: string | null | undefined): boolean {
  if (!cookieHeader) return false;
  return cookieHeader
    .split(';')
    .map((part) => part.split('=')[0]?.trim() ?? '')
    .some((name) => name !== '' && !SHAREABLE_COOKIES.has(name));
}

/** Whether the matched route (the deepest one) marks itself public with `handle: { cache: 'public' }`. */
export function isPublicRoute(
  matches: readonly { route: { id: string } }[],
  routeModules: Readonly<Record<string, { handle?: unknown } | undefined>>,
): boolean {
  const leaf = matches.at(-1);
  if (!leaf) return false;
  const handle = routeModules[leaf.route.id]?.handle as CacheHandle | undefined;
  return handle?.cache === 'public';
}

export interface CacheInput {
  method: string;
  status: number;
  requestHeaders: Headers;
  responseHeaders: Headers;
  /** The route marks itself public (`isPublicRoute`). */
  publicRoute: boolean;
}

/** Whether this answer may be stored and shared by any cache. */
export function isShareable({ method, status, requestHeaders, responseHeaders, publicRoute }: CacheInput) {
  const verb = method.toUpperCase();
  return (
    publicRoute &&
    (verb === 'GET' || verb === 'HEAD') &&
    status === 200 &&
    !requestHeaders.has('authorization') &&
    !hasPersonalCookie(requestHeaders.get('cookie')) &&
    !responseHeaders.has('set-cookie')
  );
}

/** Adds a field to `Vary` once. */
export function addVary(headers: Headers, field: string): void {
  const current = headers.get('vary');
  const fields = (current ?? '').split(',').map((f) => f.trim().toLowerCase());
  if (fields.includes('*') || fields.includes(field.toLowerCase())) return;
  headers.set('vary', current ? `${current}, ${field}` : field);
}

/**
 * A weak validator of a rendered body: weak because the same page is sent gzipped or not (the server
 * compresses after this), which a strong ETag would have to tell apart.
 */
export function weakEtag(body: string | Buffer): string {
  return `W/"${hash('sha256', body, 'base64url').slice(0, 27)}"`;
}

/** `If-None-Match` weak comparison (RFC 9110 §13.1.2): `*`, or any listed tag equal once `W/` is dropped. */
export function etagMatches(ifNoneMatch: string | null | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === '*') return true;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  const wanted = opaque(etag);
  return ifNoneMatch.split(',').some((tag) => opaque(tag) === wanted);
}

const SCRIPT_OPEN = Buffer.from('<script');
const SCRIPT_CLOSE = Buffer.from('</script>');
const TAG_END = 0x3e; // >
/** What may follow `<script` in a script tag (not `<scripts`…): `>`, `/`, or white space. */
const AFTER_NAME = new Set([0x3e, 0x2f, 0x20, 0x09, 0x0a, 0x0c, 0x0d]);

/**
 * The `'sha256-…'` sources of every inline script of a page: a public page is cached and served to many, so
 * its scripts are allowed by their hashes rather than by a nonce that would be reused by everyone. The page
 * is read as the bytes the browser gets (React writes its tags in lower case), never decoded: a page's data
 * script is most of its size.
 */
export function inlineScriptHashes(html: string | Buffer): string[] {
  const page = typeof html === 'string' ? Buffer.from(html, 'utf8') : html;
  const hashes = new Set<string>();
  let at = page.indexOf(SCRIPT_OPEN);
  while (at !== -1) {
    const tagEnd = page.indexOf(TAG_END, at);
    if (tagEnd === -1) break;
    if (!AFTER_NAME.has(page[at + SCRIPT_OPEN.length] ?? 0)) {
      at = page.indexOf(SCRIPT_OPEN, at + 1);
      continue;
    }
    const close = page.indexOf(SCRIPT_CLOSE, tagEnd);
    if (close === -1) break;
    const attributes = page.toString('latin1', at + SCRIPT_OPEN.length, tagEnd);
    if (!/\bsrc\s*=/i.test(attributes)) {
      hashes.add(`'sha256-${hash('sha256', page.subarray(tagEnd + 1, close), 'base64')}'`);
    }
    at = page.indexOf(SCRIPT_OPEN, close + SCRIPT_CLOSE.length);
  }
  return [...hashes];
}

/** The page's CSP with its nonce source replaced by the hashes of its inline scripts. */
export function withScriptHashes(csp: string, nonce: string, hashes: readonly string[]): string {
  return csp.replace(`'nonce-${nonce}'`, hashes.join(' '));
}

/** The headers a 304 repeats (RFC 9110 §15.4.5): those a cache updates its stored copy with. */
const NOT_MODIFIED_HEADERS = [
  'cache-control',
  'content-security-policy',
  'etag',
  'expires',
  'vary',
  'content-location',
  'date',
];

/** The empty answer to a conditional request whose validator still holds. */
export function notModified(headers: Headers): Response {
  const kept = new Headers();
  for (const name of NOT_MODIFIED_HEADERS) {
    const value = headers.get(name);
    if (value !== null) kept.set(name, value);
  }
  return new Response(null, { status: 304, headers: kept });
}

/** A response whose headers can be changed (those of `Response.redirect` and fetched ones cannot). */
function mutable(response: Response): Response {
  try {
    response.headers.set('x-rf-probe', '1');
    response.headers.delete('x-rf-probe');
    return response;
  } catch {
    return new Response(response.body, response);
  }
}

/**
 * The root middleware's part: whatever a page, data request or resource route answered, an answer that
 * declared nothing, sets a cookie, or is an error declared public says `private, no-store`. A resource route
 * that declares `public` (the open-data files, place photos, the map's GeoJSON) keeps its lifetime, but a
 * request from someone signed in gets it `private`: their browser may keep it, no shared cache may (what the
 * route answers them could depend on who they are). Documents of public routes get their public headers and
 * ETag in `entry.server.tsx`, which sees the matched routes.
 */
export const httpCache: MiddlewareFunction<Response> = async ({ request }, next) => {
  const response = mutable(await next());
  const { headers } = response;
  const declared = headers.get('cache-control');
  const sharedByDeclaration = declared !== null && /\bpublic\b/i.test(declared);
  if (
    !declared ||
    headers.has('set-cookie') ||
    (sharedByDeclaration && !isSuccessOrNotModified(response.status))
  ) {
    headers.set('cache-control', PRIVATE_CACHE_CONTROL);
    headers.delete('etag');
  } else if (
    sharedByDeclaration &&
    (hasPersonalCookie(request.headers.get('cookie')) || request.headers.has('authorization'))
  ) {
    headers.set('cache-control', privateCopy(declared));
  }
  return response;
};

/** The same lifetime for the browser only: `public` becomes `private`, and shared caches' own directives go. */
export function privateCopy(cacheControl: string): string {
  return cacheControl
    .split(',')
    .map((directive) => directive.trim())
    .filter((directive) => directive !== '' && !/^(s-maxage|proxy-revalidate)\b/i.test(directive))
    .map((directive) => (/^public$/i.test(directive) ? 'private' : directive))
    .join(', ');
}

function isSuccessOrNotModified(status: number) {
  return (status >= 200 && status < 300) || status === 304;
}
