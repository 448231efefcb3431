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
  /**
   * The client's address as the production server determined it (the socket, or the right-most untrusted
   * hop behind `TRUST_PROXY`): never read from a header the client writes.
   */
  clientAddress: string;
}

export interface AuthServiceDeps {
  db: Db;
  config: AuthConfig;
  provider: IdentityProvider;
  throttle: SignInThrottle;
  verifyKey: VerifyKey;
}

export function createAuthService(deps: AuthServiceDeps) {
  const { db, config, provider, throttle, verifyKey } = deps;
  const cookieName = sessionCookieName(config.secureCookies);

  function clientInfo({ request, clientAddress }: HttpExchange): ClientInfo {
    return { ip: clientAddress, userAgent: request.headers.get('user-agent') ?? '' };
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
      const client = clientInfo(exchange);
      // Counted as a failure until the password proves right (throttle.ts): refused past the limits.
      const attempt = await throttle.begin(email, exchange.clientAddress);
      const tokens = await provider.signInWithPassword(email, password, client);
      const session = tokens ? await sessionFrom(tokens) : null;
      if (!tokens || !session) throw new DomainError('invalid_credentials');
      await throttle.succeeded(email, exchange.clientAddress, attempt);
      setTokens(exchange.responseHeaders, tokens);
      return session;
    },

    /**
     * Sends a sign-in link when the address has an account, and says nothing about it either way: past
     * the limit for the address, nothing is sent but the answer is the same; past the limit for the
     * client, `too_many_emails` (whatever the address).
     */
    async requestMagicLink(exchange: HttpExchange, email: string): Promise<void> {
      if (await throttle.mayEmailLink(email, exchange.clientAddress)) await provider.sendMagicLink(email);
    },

    async verifyMagicLink(exchange: HttpExchange, token: string): Promise<Session> {
      return startSession(exchange, await provider.verifyMagicLink(token, clientInfo(exchange)));
    },

    /** As `requestMagicLink`, with a password-reset link (one allowance for both kinds of link). */
    async requestPasswordReset(exchange: HttpExchange, email: string): Promise<void> {
      if (await throttle.mayEmailLink(email, exchange.clientAddress)) await provider.sendPasswordReset(email);
    },

    async resetPassword(exchange: HttpExchange, token: string, password: string): Promise<Session> {
      return startSession(exchange, await provider.resetPassword(token, password, clientInfo(exchange)));
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
