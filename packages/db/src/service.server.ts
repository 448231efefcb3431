import { sql } from 'kysely';
import { asRole, type Db } from './client.ts';
import type { Tx } from './rls.ts';

/**
 * The service role bypasses row-level security. Only server-only paths that must act for nobody in
 * particular use it (sign-in, token look-ups, jobs), and each names itself so logs and reviews can find it.
 */
export function withServiceRole<T>(
  db: Db,
  purpose: string,
  work: (tx: Tx) => Promise<T>,
  /** A constant query sent with the `begin` (`asRole`'s `read`): its first row is `openingRow()`. */
  read?: string,
): Promise<T> {
  return asRole(
    'service_role',
    { role: 'service_role', purpose },
    () => db.transaction().execute(work),
    read,
  );
}

/**
 * Acts as Supabase's auth server (GoTrue) does on `auth.users`: only the embedded identity provider uses it,
 * since on a Supabase project Supabase Auth owns that table.
 */
export function withAuthAdmin<T>(db: Db, work: (tx: Tx) => Promise<T>): Promise<T> {
  return asRole('supabase_auth_admin', null, () => db.transaction().execute(work));
}

/**
 * Whether a session is still alive in `auth.sessions` (sign-out and password changes delete it): checked on
 * every request, so a signed-out token stops working at once, with either identity provider.
 */
export async function isSessionAlive(db: Db, sessionId: string, userId: string): Promise<boolean> {
  const row = await db
    .selectFrom('auth.sessions')
    .select('id')
    .where('id', '=', sessionId)
    .where('user_id', '=', userId)
    .where((eb) => eb.or([eb('not_after', 'is', null), eb('not_after', '>', sql<string>`now()`)]))
    .executeTakeFirst();
  return row !== undefined;
}
