/** The session cookie: httpOnly, SameSite=Lax, Secure (with the __Host- prefix) outside plain-HTTP development. */
export function sessionCookieName(secure: boolean): string {
  return secure ? '__Host-rf-session' : 'rf-session';
}

export interface StoredTokens {
  accessToken: string;
  refreshToken: string | null;
}

export function encodeTokens(tokens: StoredTokens): string {
  return Buffer.from(JSON.stringify([tokens.accessToken, tokens.refreshToken])).toString('base64url');
}

export function decodeTokens(value: string): StoredTokens | null {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
    if (!Array.isArray(parsed) || typeof parsed[0] !== 'string') return null;
    return { accessToken: parsed[0], refreshToken: typeof parsed[1] === 'string' ? parsed[1] : null };
  } catch {
    return null;
  }
}

export function readCookie(header: string | null, name: string): string | null {
  if (!header) return null;
  for (const part of header.split(';')) {
    const index = part.indexOf('=');
    if (index > 0 && part.slice(0, index).trim() === name) {
      try {
        return decodeURIComponent(part.slice(index + 1).trim());
      } catch {
        return null;
      }
    }
  }
  return null;
}

export function serializeCookie(
  name: string,
  value: string,
  options: { secure: boolean; maxAgeSeconds: number },
) {
  const parts = [
    `${name}=${encodeURIComponent(value)}`,
    'Path=/',
    'HttpOnly',
    'SameSite=Lax',
    `Max-Age=${options.maxAgeSeconds}`,
  ];
  if (options.secure) parts.push('Secure');
  return parts.join('; ');
}
