import bcrypt from 'bcryptjs';

// GoTrue (Supabase Auth) stores bcrypt hashes of cost 10 with the `$2a$` prefix: hashes made here
// verify there, so a deployment can move to Supabase Auth without resetting anyone's password.
// bcryptjs writes `$2b$`, the same algorithm for passwords of at most 72 bytes (which GoTrue also
// requires), so only the prefix is rewritten.
const COST = 10;

export async function hashPassword(password: string): Promise<string> {
  return (await bcrypt.hash(password, COST)).replace(/^\$2b\$/, '$2a$');
}

// Compared when the address is unknown, so a wrong address costs as long as a wrong password.
const UNKNOWN_USER_HASH = bcrypt.hashSync('unknown-user', COST);

export function verifyPassword(password: string, hash: string | null): Promise<boolean> {
  return bcrypt.compare(password, hash ?? UNKNOWN_USER_HASH).then((ok) => ok && hash !== null);
}
