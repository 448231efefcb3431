import { type AppErrorCode, describeError } from '@rf/api';
import { data, type MiddlewareFunction } from 'react-router';
import { OUTAGE_RETRY_AFTER_SECONDS } from '../forms.ts';
import { requestScope } from './request.ts';
import { signInRedirect } from './viewer.ts';

export { OUTAGE_RETRY_AFTER_SECONDS };

/** What a page answers for an error a procedure raised in a loader (or an action, outside its form). */
export type PageErrorOutcome =
  | { kind: 'sign_in' }
  | { kind: 'status'; status: 403 | 404 | 429 | 503; retryAfter?: number }
  | { kind: 'rethrow' };

/** Codes that mean "what the address names does not exist (for you)": a 404. */
const MISSING: ReadonlySet<AppErrorCode> = new Set(['not_found', 'invalid_input']);

/**
 * The one mapping from a procedure's error to a page's answer. Not found (or an address whose parameter
 * the procedure refuses) → 404; forbidden → 403; signed out or session expired → the sign-in page;
 * a rate limit → 429 with its wait; the database unreachable → 503 and the "try again" page (never a 404:
 * the thing may well exist). Anything else is not the page's to explain: rethrown, a 500.
 */
export function pageErrorOutcome(error: unknown): PageErrorOutcome {
  const { code, retryAfterSeconds } = describeError(error);
  if (code === 'unauthenticated' || code === 'session_expired') return { kind: 'sign_in' };
  if (code === 'forbidden' || code === 'qualification_required') return { kind: 'status', status: 403 };
  if (MISSING.has(code)) return { kind: 'status', status: 404 };
  if (code === 'service_unavailable')
    return { kind: 'status', status: 503, retryAfter: OUTAGE_RETRY_AFTER_SECONDS };
  if (retryAfterSeconds) return { kind: 'status', status: 429, retryAfter: retryAfterSeconds };
  return { kind: 'rethrow' };
}

/** The headers of the request's scope, when it could be made (not when the outage hit it). */
async function scopeHeaders(request: Request): Promise<Headers> {
  try {
    return new Headers((await requestScope(request)).headers);
  } catch {
    return new Headers();
  }
}

/**
 * Throws what the page answers for `error` (see {@link pageErrorOutcome}): a redirect to sign in, or an
 * error response the root's `ErrorBoundary` shows in the person's language (`errors.not_found`,
 * `errors.service_unavailable`…), or the error itself. A thrown response (a redirect, a 404 the page
 * chose) goes through untouched.
 */
export async function pageError(error: unknown, request: Request): Promise<never> {
  if (error instanceof Response || isDataResponse(error)) throw error;
  const outcome = pageErrorOutcome(error);
  if (outcome.kind === 'rethrow') throw error;
  if (outcome.kind === 'sign_in') throw await signInRedirect(request);
  const headers = await scopeHeaders(request);
  if (outcome.retryAfter) headers.set('Retry-After', String(outcome.retryAfter));
  throw data(null, { status: outcome.status, headers });
}

/** What `data()` makes (React Router's `DataWithResponseInit`, told apart as React Router does). */
function isDataResponse(error: unknown): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    'init' in error &&
    (error as { type?: unknown }).type === 'DataWithResponseInit'
  );
}

/**
 * A loader or action whose procedure errors become the page's answer ({@link pageError}): the route writes
 * its happy path only, no catch-all.
 *
 * ```ts
 * export const loader = withPageErrors(async ({ request, params }: Route.LoaderArgs) => { … });
 * ```
 */
export function withPageErrors<Args extends { request: Request }, Result>(
  handler: (args: Args) => Promise<Result>,
): (args: Args) => Promise<Result> {
  return async (args) => {
    try {
      return await handler(args);
    } catch (error) {
      return pageError(error, args.request);
    }
  };
}

/**
 * The procedure's answer, or null when what it was asked for does not exist (not found, or an address
 * whose parameter it refuses; or the page's own `missing` codes, e.g. `invitation_invalid`): for pages
 * that say so in their own words, with a 404. Every other error is thrown on, to {@link withPageErrors}:
 * an outage stays an outage.
 */
export async function orNotFound<T>(
  promise: Promise<T>,
  missing: readonly AppErrorCode[] = [...MISSING],
): Promise<T | null> {
  try {
    return await promise;
  } catch (error) {
    if (missing.includes(describeError(error).code)) return null;
    throw error;
  }
}

/**
 * The root middleware's part of an outage: whatever answered 503 (a page's error boundary, a form, a resource
 * route) says when to come back. React Router keeps only the cookies of the headers a loader threw with when
 * it renders the root's error boundary (the root has no `headers` export), and a resource route's thrown
 * `data()` becomes a bare JSON error: the `Retry-After` {@link pageError} set is put back here.
 */
export const outageRetryAfter: MiddlewareFunction<Response> = async (_args, next) => {
  const response = await next();
  if (response.status !== 503 || response.headers.has('retry-after')) return response;
  const answer = new Response(response.body, response);
  answer.headers.set('Retry-After', String(OUTAGE_RETRY_AFTER_SECONDS));
  return answer;
};
