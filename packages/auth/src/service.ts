import type { Db, SessionClaims } from '@rf/db';
import { isSessionAlive } from '@rf/db/service';
import { DomainError } from '@rf/domain/errors';
import type { AuthConfig } from './config.ts';
import {
  decodeTokens,
  encodeTokens,
  readCookie,
  type StoredTokens,
  serializeCookie,
  sessionCookieName,
} from './cookies.ts';
import type { ClientInfo, IdentityProvider } from './providers/provider.ts';
import type { SignInThrottle } from './throttle.ts';
import { type VerifyKey, verifyAccessToken } from './tokens.ts';

export interface Session {
  userId: string;
  email: string;
  claims: SessionClaims;
}

/** What a route gives the auth service: the incoming request, and headers to add to its response. */
export interface HttpExchange {
  request: Request;
  responseHeaders: Headers;
}

export interface AuthServiceDeps {
  db: Db;
  config: AuthConfig;
  provider: IdentityProvider;
  throttle: SignInThrottle;
  verifyKey: VerifyKey;
  /** Trust X-Forwarded-For (behind a load balancer) to tell clients apart. */
  trustProxy: boolean;
}

export function createAuthService(deps: AuthServiceDeps) {
  const { db, config, provider, throttle, verifyKey } = deps;
  const cookieName = sessionCookieName(config.secureCookies);

  function clientInfo(request: Request): ClientInfo {
    const forwarded = deps.trustProxy
      ? request.headers.get('x-forwarded-for')?.split(',')[0]?.trim()
      : undefined;
    return { ip: forwarded ?? '', userAgent: request.headers.get('user-agent') ?? '' };
  }

  function setTokens(headers: Headers, tokens: StoredTokens) {
    headers.append(
      'Set-Cookie',
      serializeCookie(cookieName, encodeTokens(tokens), {
        secure: config.secureCookies,
        maxAgeSeconds: config.sessionDays * 86400,
      }),
    );
  }

  function clearTokens(headers: Headers) {
    headers.append(
      'Set-Cookie',
      serializeCookie(cookieName, '', { secure: config.secureCookies, maxAgeSeconds: 0 }),
    );
  }

  function storedTokens(request: Request): StoredTokens | null {
    const value = readCookie(request.headers.get('cookie'), cookieName);
    return value ? decodeTokens(value) : null;
  }

  async function sessionFrom(tokens: StoredTokens): Promise<Session | null> {
    const verified = await verifyAccessToken(tokens.accessToken, verifyKey);
    if (verified.status !== 'valid') return null;
    const { claims } = verified;
    if (!claims.session_id || !(await isSessionAlive(db, claims.session_id, claims.sub))) return null;
    return { userId: claims.sub, email: claims.email, claims };
  }

  async function startSession(exchange: HttpExchange, tokens: StoredTokens | null): Promise<Session> {
    const session = tokens ? await sessionFrom(tokens) : null;
    if (!tokens || !session) throw new DomainError('link_invalid_or_expired');
    setTokens(exchange.responseHeaders, tokens);
    return session;
  }

  return {
    provider,

    /** The request's session, renewing an expired access token while its session lives; null when signed out. */
    async readSession({ request, responseHeaders }: HttpExchange): Promise<Session | null> {
      const tokens = storedTokens(request);
      if (!tokens) return null;
      const verified = await verifyAccessToken(tokens.accessToken, verifyKey);
      if (verified.status === 'invalid') {
        clearTokens(responseHeaders);
        return null;
      }
      if (verified.status === 'valid') {
        const session = await sessionFrom(tokens);
        if (!session) clearTokens(responseHeaders);
        return session;
      }
      const sessionId = verified.claims.session_id;
      const renewed = sessionId ? await provider.refresh(tokens, sessionId) : null;
      const session = renewed ? await sessionFrom(renewed) : null;
      if (!renewed || !session) {
        clearTokens(responseHeaders);
        return null;
      }
      setTokens(responseHeaders, renewed);
      return session;
    },

    async signInWithPassword(exchange: HttpExchange, email: string, password: string): Promise<Session> {
      const client = clientInfo(exchange.request);
      const clientKey = client.ip || `unknown:${email}`;
      if (await throttle.isThrottled(email, clientKey)) throw new DomainError('too_many_attempts');
      const tokens = await provider.signInWithPassword(email, password, client);
      const session = tokens ? await sessionFrom(tokens) : null;
      if (!tokens || !session) {
        await throttle.recordFailure(email, clientKey);
        throw new DomainError('invalid_credentials');
      }
      await throttle.clear(email);
      setTokens(exchange.responseHeaders, tokens);
      return session;
    },

    requestMagicLink: (email: string) => provider.sendMagicLink(email),

    async verifyMagicLink(exchange: HttpExchange, token: string): Promise<Session> {
      return startSession(exchange, await provider.verifyMagicLink(token, clientInfo(exchange.request)));
    },

    requestPasswordReset: (email: string) => provider.sendPasswordReset(email),

    async resetPassword(exchange: HttpExchange, token: string, password: string): Promise<Session> {
      return startSession(
        exchange,
        await provider.resetPassword(token, password, clientInfo(exchange.request)),
      );
    },

    /** Revokes the session server-side (not only the cookie), so a copied token stops working too. */
    async signOut(exchange: HttpExchange): Promise<void> {
      const tokens = storedTokens(exchange.request);
      clearTokens(exchange.responseHeaders);
      if (!tokens) return;
      const verified = await verifyAccessToken(tokens.accessToken, verifyKey);
      if (verified.status !== 'invalid' && verified.claims.session_id) {
        await provider.signOut(tokens, verified.claims.session_id);
      }
    },

    createUser: (email: string, password: string, displayName: string) =>
      provider.createUser(email, password, displayName),
  };
}

export type AuthService = ReturnType<typeof createAuthService>;
