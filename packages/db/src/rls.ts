import type { Transaction } from 'kysely';
import { asRole, type Db, openingRow } from './client.ts';
import {
  notePublicFiguresFingerprint,
  READ_PUBLIC_FIGURES_FINGERPRINT,
} from './directory/public-figures-cache.ts';
import type { DB } from './schema.ts';

/** The claims of a Supabase access token, as PostgREST exposes them to SQL in `request.jwt.claims`. */
export interface SessionClaims {
  sub: string;
  role: 'authenticated';
  email: string;
  aud: string;
  exp: number;
  session_id?: string;
  app_metadata?: Record<string, unknown>;
  user_metadata?: Record<string, unknown>;
}

export type Tx = Transaction<DB>;

/**
 * Runs `work` in one transaction as the request's database role, exactly as PostgREST does for Supabase:
 * `role` is `authenticated` with the session's claims, or `anon` without a session. Row-level security
 * is therefore the last word on every query made inside. The public figures' fingerprint is read with the
 * `begin`: most public pages need it, and a round trip of its own cost them more than the read itself.
 */
export function withSession<T>(
  db: Db,
  claims: SessionClaims | null,
  work: (tx: Tx) => Promise<T>,
): Promise<T> {
  return asRole(
    claims ? 'authenticated' : 'anon',
    claims ?? { role: 'anon' },
    () =>
      db.transaction().execute((tx) => {
        notePublicFiguresFingerprint(tx, openingRow());
        return work(tx);
      }),
    READ_PUBLIC_FIGURES_FINGERPRINT,
  );
}
