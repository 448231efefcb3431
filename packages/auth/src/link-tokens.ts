import { createHash, randomBytes } from 'node:crypto';

/** A one-time token for an e-mailed link: the link carries it, the database keeps only its hash. */
export function newLinkToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashLinkToken(token) };
}

export function hashLinkToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
