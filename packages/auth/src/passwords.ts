import bcrypt from 'bcryptjs';

// GoTrue (Supabase Auth) stores bcrypt hashes of cost 10 with the `$2a$` prefix: hashes made here
// verify there, so a deployment can move to Supabase Auth without resetting anyone's password.
// bcryptjs writes `$2b$`, the same algorithm for passwords of at most 72 bytes (which GoTrue also
// requires), so only the prefix is rewritten.
export const COST = 10;

export async function hashPassword(password: string): Promise<string> {
  return (await bcrypt.hash(password, COST)).replace(/^\$2b\$/, '$2a$');
}

/**
 * Compared when the address is unknown, so a wrong address costs as long as a wrong password: a hash of
 * cost `COST` written out, rather than made with `hashSync` when the module loads (which held every process
 * that imports this module for a tenth of a second at start-up).
 */
export const UNKNOWN_USER_HASH = '$2b$10$9yc4N7VWqeYiLelNRqqUEuBponjH9if29ojsr7a1o4PncmWC4rQ/i';

export function verifyPassword(password: string, hash: string | null): Promise<boolean> {
  return bcrypt.compare(password, hash ?? UNKNOWN_USER_HASH).then((ok) => ok && hash !== null);
}
