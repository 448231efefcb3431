import { createClient, type SupabaseClient } from '@supabase/supabase-js';
import type { AuthConfig, SupabaseAuthConfig } from '../config.ts';
import type { StoredTokens } from '../cookies.ts';
import type { IdentityProvider } from './provider.ts';

export interface SupabaseDeps {
  supabase: SupabaseAuthConfig;
  config: AuthConfig;
  serviceRoleKey: string | undefined;
  /** Injected in tests, which replay recorded Supabase Auth responses (the hosted service is out of reach). */
  fetch?: typeof fetch;
}

interface SupabaseSession {
  access_token: string;
  refresh_token: string;
}

const toTokens = (session: SupabaseSession | null | undefined): StoredTokens | null =>
  session ? { accessToken: session.access_token, refreshToken: session.refresh_token } : null;

/** An auth error is a "no" (wrong password, dead link); anything else (network, 5xx) is a real failure. */
function isRefusal(error: { status?: number | undefined } | null): boolean {
  return error !== null && error.status !== undefined && error.status >= 400 && error.status < 500;
}

/**
 * Supabase Auth through supabase-js. Each call gets its own client with no stored session: a server
 * serves many people, and our own httpOnly cookie carries the tokens, as it does for the embedded provider.
 * E-mail templates must link to our pages with `{{ .TokenHash }}` (see README).
 */
export function createSupabaseProvider({
  supabase,
  config,
  serviceRoleKey,
  fetch,
}: SupabaseDeps): IdentityProvider {
  const client = (key = supabase.anonKey): SupabaseClient =>
    createClient(supabase.url, key, {
      auth: { persistSession: false, autoRefreshToken: false, detectSessionInUrl: false },
      ...(fetch ? { global: { fetch } } : {}),
    });

  async function tokensOrRefusal(
    result: Promise<{
      data: { session: SupabaseSession | null };
      error: { status?: number | undefined } | null;
    }>,
  ) {
    const { data, error } = await result;
    if (error) {
      if (isRefusal(error)) return null;
      throw error;
    }
    return toTokens(data.session);
  }

  return {
    kind: 'supabase',

    signInWithPassword: (email, password) =>
      tokensOrRefusal(client().auth.signInWithPassword({ email, password })),

    async sendMagicLink(email) {
      const { error } = await client().auth.signInWithOtp({
        email,
        options: {
          shouldCreateUser: false,
          emailRedirectTo: new URL('/connexion/lien', config.siteUrl).toString(),
        },
      });
      if (error && !isRefusal(error)) throw error;
    },

    verifyMagicLink: (token) =>
      tokensOrRefusal(client().auth.verifyOtp({ token_hash: token, type: 'email' })),

    async sendPasswordReset(email) {
      const { error } = await client().auth.resetPasswordForEmail(email, {
        redirectTo: new URL('/mot-de-passe/nouveau', config.siteUrl).toString(),
      });
      if (error && !isRefusal(error)) throw error;
    },

    async resetPassword(token, newPassword) {
      const auth = client().auth;
      const verified = await tokensOrRefusal(auth.verifyOtp({ token_hash: token, type: 'recovery' }));
      if (!verified) return null;
      await auth.setSession({
        access_token: verified.accessToken,
        refresh_token: verified.refreshToken ?? '',
      });
      const { error } = await auth.updateUser({ password: newPassword });
      if (error) throw error;
      // Supabase ends the user's other sessions on a password change only if asked: ask, keeping this one.
      await auth.signOut({ scope: 'others' });
      return verified;
    },

    refresh: (tokens) =>
      tokens.refreshToken
        ? tokensOrRefusal(client().auth.refreshSession({ refresh_token: tokens.refreshToken }))
        : Promise.resolve(null),

    async signOut(tokens) {
      const { error } = await client().auth.admin.signOut(tokens.accessToken, 'local');
      if (error && !isRefusal(error)) throw error;
    },

    async createUser(email, password, displayName) {
      if (!serviceRoleKey)
        throw new Error('SUPABASE_SERVICE_ROLE_KEY is required to create accounts from invitations.');
      const { data, error } = await client(serviceRoleKey).auth.admin.createUser({
        email,
        password,
        email_confirm: true,
        user_metadata: { display_name: displayName },
      });
      if (error) {
        if (error.status === 422) return null;
        throw error;
      }
      return data.user.id;
    },
  };
}
