import type { StoredTokens } from '../cookies.ts';

export interface ClientInfo {
  ip: string;
  userAgent: string;
}

/**
 * One interface, two identity providers: the embedded one (GoTrue-compatible rows in `auth.users`) and
 * Supabase Auth. Methods answer `null` for "no" (wrong password, dead link): the caller decides what to say.
 */
export interface IdentityProvider {
  readonly kind: 'embedded' | 'supabase';
  signInWithPassword(email: string, password: string, client: ClientInfo): Promise<StoredTokens | null>;
  /** Sends a sign-in link if the address has an account; silent otherwise (no account enumeration). */
  sendMagicLink(email: string): Promise<void>;
  verifyMagicLink(token: string, client: ClientInfo): Promise<StoredTokens | null>;
  sendPasswordReset(email: string): Promise<void>;
  resetPassword(token: string, newPassword: string, client: ClientInfo): Promise<StoredTokens | null>;
  /** New tokens for a session whose access token expired, or null when the session is over. */
  refresh(tokens: StoredTokens, sessionId: string): Promise<StoredTokens | null>;
  signOut(tokens: StoredTokens, sessionId: string): Promise<void>;
  /** Creates a confirmed account (invitations); null if the address is already registered. */
  createUser(email: string, password: string, displayName: string): Promise<string | null>;
}
