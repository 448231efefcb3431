import type { AuthConfig } from './config.ts';
import { authDefaults } from './config.ts';
import { deriveServerKeys } from './keys.ts';

/** The tests' AUTH_JWT_SECRET. */
export const testServerSecret = 'test-secret-that-is-long-enough-for-hs256-000000';

export const testAuthConfig: AuthConfig = {
  ...authDefaults,
  sessionSigningKey: deriveServerKeys(testServerSecret).sessionSigning,
  siteUrl: 'http://localhost:3000',
  secureCookies: false,
  supabase: undefined,
};

/** A request as a browser would send it, with the cookies a previous response set. */
export function browserRequest(setCookies: string[] = [], path = '/'): Request {
  const cookie = setCookies.map((c) => c.split(';')[0]).join('; ');
  return new Request(new URL(path, testAuthConfig.siteUrl), {
    headers: { cookie, 'user-agent': 'vitest' },
  });
}
