// The server's keys, derived from its one secret (AUTH_JWT_SECRET). Every use of that secret goes through
// here: nothing signs or derives with the raw secret, so a key that leaks from one use (a private link's
// HMAC, a session token) tells nothing about the other. Supabase's JWT secret is Supabase's, not ours:
// it verifies Supabase's tokens as it is and is not derived here.
import { hkdfSync } from 'node:crypto';

/** HKDF `info` labels: one per use; a new version of a use gets a new label (and new keys). */
export const keyLabels = {
  sessionSigning: 'rf session signing v1',
  privateLinks: 'rf private links v1',
} as const;

/** 256-bit keys: HS256 wants a key at least as long as its hash. */
const KEY_BYTES = 32;

export interface ServerKeys {
  /** Signs and verifies the embedded provider's access tokens (HS256). */
  sessionSigning: Uint8Array;
  /** HMAC key of the private booking and appointment links (`bookingToken`, `appointmentToken`). */
  privateLinks: Uint8Array;
}

function derive(secret: string, info: string): Uint8Array {
  // No salt: the secret is a high-entropy server secret (32+ characters), not a password (RFC 5869 §3.1).
  return new Uint8Array(hkdfSync('sha256', secret, new Uint8Array(0), info, KEY_BYTES));
}

/** The keys of the server secret, with HKDF-SHA256: deterministic, distinct from each other and from the secret. */
export function deriveServerKeys(secret: string): ServerKeys {
  if (secret.length < 32) throw new Error('the server secret (AUTH_JWT_SECRET) needs 32+ characters');
  return {
    sessionSigning: derive(secret, keyLabels.sessionSigning),
    privateLinks: derive(secret, keyLabels.privateLinks),
  };
}
