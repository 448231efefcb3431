// The public API over HTTP (decision 062): one function from a request to its answer, which the site's
// resource route `/api/v1/*` returns as is. Read-only (GET and HEAD; OPTIONS for CORS preflights; anything
// else 405), anonymous (the caller it is given reads as `anon`), counted per client address (429 with
// `Retry-After`), cacheable like the public pages (a short public lifetime and a weak ETag: 304), readable by
// any web page (`Access-Control-Allow-Origin: *`), and every error is RFC 9457 problem details in French.
import { createHash } from 'node:crypto';
import { type Locale, translator } from '@rf/i18n';
import type { z } from 'zod';
import type { Caller } from '../caller.ts';
import { describeError } from '../errors.ts';
import { OPENAPI_PATH, openApiDocument, PUBLIC_API_BASE } from './openapi.ts';
import { type PublicApiRoute, publicApiRoutes } from './routes.ts';
import type { Problem } from './schemas.ts';

/** The public pages' lifetime (decision 042): a minute fresh, five more served stale while refreshed. */
export const PUBLIC_API_CACHE_CONTROL = 'public, max-age=60, stale-while-revalidate=300';
/** A query string longer than this is refused before anything is parsed. */
export const MAX_QUERY_LENGTH = 1_000;
/** Said to the client when the database is unreachable. */
const OUTAGE_RETRY_AFTER_SECONDS = 30;

const CORS_HEADERS = {
  'access-control-allow-origin': '*',
  'access-control-expose-headers': 'ETag, Retry-After',
};
const ALLOW = 'GET, HEAD, OPTIONS';

const STATUS_TITLES: Record<number, string> = {
  400: 'Bad Request',
  404: 'Not Found',
  405: 'Method Not Allowed',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

export interface PublicApiExchange {
  request: Request;
  /** A caller that reads as `anon`, counted against the request's client address. */
  api: Caller;
  /** The language of `detail` (French unless the visitor chose English). */
  locale?: Locale;
}

function problemResponse(
  problem: Omit<Problem, 'type' | 'title'>,
  headers: Record<string, string> = {},
): Response {
  const body: Problem = { type: 'about:blank', title: STATUS_TITLES[problem.status] ?? 'Error', ...problem };
  return new Response(JSON.stringify(body), {
    status: problem.status,
    headers: {
      'content-type': 'application/problem+json; charset=utf-8',
      'cache-control': 'private, no-store',
      ...CORS_HEADERS,
      ...headers,
    },
  });
}

/** A weak validator of a JSON body (compression happens after it, as for the pages). */
function weakEtag(body: string): string {
  return `W/"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
}

/** `If-None-Match` weak comparison (RFC 9110 §13.1.2). */
function etagMatches(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === '*') return true;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  return ifNoneMatch.split(',').some((tag) => opaque(tag) === opaque(etag));
}

function jsonResponse(request: Request, data: unknown): Response {
  const body = JSON.stringify(data);
  const etag = weakEtag(body);
  const headers = {
    'cache-control': PUBLIC_API_CACHE_CONTROL,
    etag,
    vary: 'Accept-Encoding',
    ...CORS_HEADERS,
  };
  if (etagMatches(request.headers.get('if-none-match'), etag))
    return new Response(null, { status: 304, headers });
  return new Response(request.method === 'HEAD' ? null : body, {
    status: 200,
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
  });
}

/** The route a path names and its raw path parameters, if any. */
function matchRoute(path: string): { route: PublicApiRoute; params: Record<string, string> } | null {
  const segments = path.split('/').slice(1);
  for (const route of publicApiRoutes) {
    const pattern = route.path.split('/').slice(1);
    if (pattern.length !== segments.length) continue;
    const params: Record<string, string> = {};
    const matches = pattern.every((part, i) => {
      const segment = segments[i] ?? '';
      const name = /^\{(\w+)\}$/.exec(part)?.[1];
      if (!name) return part === segment;
      params[name] = segment;
      return segment !== '';
    });
    if (matches) return { route, params };
  }
  return null;
}

type QueryParse =
  | { ok: true; query: Record<string, unknown> }
  | { ok: false; invalid: Problem['invalidParams'] };

/**
 * The query string as the route's schema reads it: empty values are absent (as a GET form sends them), a
 * parameter the route does not know, or given twice, is refused, and so is any value the schema refuses.
 */
function parseQuery(route: PublicApiRoute, params: URLSearchParams): QueryParse {
  const raw: Record<string, string> = {};
  const invalid: NonNullable<Problem['invalidParams']> = [];
  const known = new Set(Object.keys(route.query?.shape ?? {}));
  for (const name of new Set(params.keys())) {
    const values = params.getAll(name);
    if (!known.has(name)) invalid.push({ name, reason: 'unknown parameter' });
    else if (values.length > 1) invalid.push({ name, reason: 'given more than once' });
    else if (values[0]?.trim()) raw[name] = values[0];
  }
  if (invalid.length > 0) return { ok: false, invalid };
  if (!route.query) return { ok: true, query: {} };
  const parsed = route.query.safeParse(raw);
  if (parsed.success) return { ok: true, query: parsed.data };
  return {
    ok: false,
    invalid: parsed.error.issues.map((issue) => ({
      name: String(issue.path[0] ?? ''),
      reason: issue.message,
    })),
  };
}

/** The answer of the public API to a request under `/api/v1`. */
export async function answerPublicApi({ request, api, locale = 'fr' }: PublicApiExchange): Promise<Response> {
  const t = translator(locale);
  const url = new URL(request.url);
  const instance = url.pathname;
  const path = url.pathname.slice(PUBLIC_API_BASE.length) || '/';

  if (request.method === 'OPTIONS') {
    return new Response(null, {
      status: 204,
      headers: {
        ...CORS_HEADERS,
        allow: ALLOW,
        'access-control-allow-methods': ALLOW,
        'access-control-allow-headers': 'If-None-Match',
        'access-control-max-age': '86400',
      },
    });
  }
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return problemResponse(
      { status: 405, detail: t('public_api.problem.method_not_allowed'), instance },
      { allow: ALLOW },
    );
  }
  const notFound = () =>
    problemResponse({ status: 404, detail: t('public_api.problem.not_found'), instance });
  if (path === OPENAPI_PATH) return jsonResponse(request, openApiDocument());

  const matched = matchRoute(path);
  if (!matched) return notFound();
  const { route } = matched;
  const params = route.params?.safeParse(matched.params);
  if (params && !params.success) return notFound();
  const query: QueryParse =
    url.search.length > MAX_QUERY_LENGTH
      ? { ok: false, invalid: [{ name: '', reason: `query longer than ${MAX_QUERY_LENGTH} characters` }] }
      : parseQuery(route, url.searchParams);
  if (!query.ok) {
    const names = [...new Set((query.invalid ?? []).map((p) => p.name || '?'))].join(', ');
    return problemResponse({
      status: 400,
      detail: t('public_api.problem.invalid_query', { names }),
      instance,
      invalidParams: query.invalid,
    });
  }

  try {
    await api.publicApi.admit();
    const data = await route.answer(api, {
      params: (params?.data ?? {}) as z.infer<z.ZodObject>,
      query: query.query,
    });
    return jsonResponse(request, data);
  } catch (error) {
    const { code, retryAfterSeconds } = describeError(error);
    if (code === 'not_found') return notFound();
    if (retryAfterSeconds !== undefined) {
      return problemResponse(
        {
          status: 429,
          detail: t('public_api.problem.too_many_requests', { seconds: String(retryAfterSeconds) }),
          instance,
          retryAfterSeconds,
        },
        { 'retry-after': String(retryAfterSeconds) },
      );
    }
    if (code === 'service_unavailable') {
      return problemResponse(
        {
          status: 503,
          detail: t('public_api.problem.service_unavailable'),
          instance,
          retryAfterSeconds: OUTAGE_RETRY_AFTER_SECONDS,
        },
        { 'retry-after': String(OUTAGE_RETRY_AFTER_SECONDS) },
      );
    }
    if (code === 'invalid_input') {
      return problemResponse({
        status: 400,
        detail: t('public_api.problem.invalid_query', { names: '?' }),
        instance,
      });
    }
    return problemResponse({ status: 500, detail: t('public_api.problem.unexpected'), instance });
  }
}
