import type { Db } from '@rf/db';
import type { Translate } from '@rf/i18n';
import type { Mailer } from '@rf/mail';
import { createRemoteJWKSet } from 'jose';
import type { AuthConfig } from './config.ts';
import { createEmbeddedProvider } from './providers/embedded.ts';
import { createSupabaseProvider } from './providers/supabase.ts';
import { createAuthService } from './service.ts';
import { createSignInThrottle } from './throttle.ts';
import { secretKey, type VerifyKey } from './tokens.ts';

export { type AuthConfig, authDefaults, type SupabaseAuthConfig } from './config.ts';
export { deriveServerKeys, keyLabels, type ServerKeys } from './keys.ts';
export { hashLinkToken, newLinkToken } from './link-tokens.ts';
export { hashPassword } from './passwords.ts';
export type { AuthService, HttpExchange, Session } from './service.ts';

export interface AuthDeps {
  db: Db;
  mailer: Mailer;
  t: Translate;
  config: AuthConfig;
  serviceRoleKey?: string | undefined;
  fetch?: typeof fetch;
}

/** Supabase Auth when `config.supabase` is set, the embedded provider otherwise. */
export function createAuth({ db, mailer, t, config, serviceRoleKey, fetch }: AuthDeps) {
  const supabase = config.supabase;
  const provider = supabase
    ? createSupabaseProvider({ supabase, config, serviceRoleKey, ...(fetch ? { fetch } : {}) })
    : createEmbeddedProvider({ db, mailer, t, config });
  const verifyKey: VerifyKey = supabase
    ? supabase.jwtSecret
      ? secretKey(supabase.jwtSecret)
      : createRemoteJWKSet(new URL('/auth/v1/.well-known/jwks.json', supabase.url))
    : config.sessionSigningKey;
  return createAuthService({
    db,
    config,
    provider,
    throttle: createSignInThrottle(db),
    verifyKey,
  });
}
