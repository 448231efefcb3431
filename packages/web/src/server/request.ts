import { type Caller, callerFor } from '@rf/api';
import { type Locale, negotiateLocale, translator } from '@rf/i18n';
import { services } from './app-server.ts';
import { currentClientAddress } from './client-address.ts';

export const LOCALE_COOKIE = 'rf-locale';

export function localeOf(request: Request): Locale {
  const cookie = request.headers.get('cookie') ?? '';
  const match = cookie.match(/(?:^|;\s*)rf-locale=(fr|en)/);
  return negotiateLocale(match?.[1] ?? null);
}

export interface RequestScope {
  api: Caller;
  /** Headers the procedures set (the session cookie): return them with the response. */
  headers: Headers;
  locale: Locale;
  t: ReturnType<typeof translator>;
}

// Loaders of one request (root and route) share one scope, so the session is read — and renewed — once.
const scopes = new WeakMap<Request, Promise<RequestScope>>();

/** What a loader or action needs: the API as the request's user, and the headers to send back. */
export function requestScope(request: Request): Promise<RequestScope> {
  let scope = scopes.get(request);
  if (!scope) {
    scope = (async () => {
      const headers = new Headers();
      const api = await callerFor(services(), {
        request,
        responseHeaders: headers,
        clientAddress: currentClientAddress(),
      });
      const locale = localeOf(request);
      return { api, headers, locale, t: translator(locale) };
    })();
    scopes.set(request, scope);
  }
  return scope;
}

/**
 * The API as nobody (`anon`), whoever asks and whatever cookie they carry, counted against the request's
 * client address: what the public API (`/api/v1`, decision 062) reads with, so that its answers are the
 * same for everyone and may be cached by anyone.
 */
export function anonymousCaller(request: Request): Promise<Caller> {
  return callerFor(services(), {
    request: new Request(request.url),
    responseHeaders: new Headers(),
    clientAddress: currentClientAddress(),
  });
}
