export interface SupabaseAuthConfig {
  url: string;
  anonKey: string;
  /** Legacy HS256 JWT secret; when absent, tokens are checked against the project's published signing keys. */
  jwtSecret: string | undefined;
}

export interface AuthConfig {
  /**
   * Signs the embedded provider's access tokens (HS256, like Supabase's legacy JWT secret): the session
   * key derived from AUTH_JWT_SECRET (`deriveServerKeys(secret).sessionSigning`), never the secret itself.
   */
  sessionSigningKey: Uint8Array;
  /** Public URL of the site, where e-mailed links lead. */
  siteUrl: string;
  /** Secure cookies everywhere but plain-HTTP development. */
  secureCookies: boolean;
  accessTokenSeconds: number;
  sessionDays: number;
  linkMinutes: number;
  /** Set to use Supabase Auth instead of the embedded provider. */
  supabase: SupabaseAuthConfig | undefined;
}

export const authDefaults = {
  accessTokenSeconds: 3600,
  sessionDays: 14,
  linkMinutes: 60,
} as const;
