import type { SessionClaims } from '@rf/db';
import { errors, type JWTPayload, type JWTVerifyGetKey, jwtVerify, SignJWT } from 'jose';

export const AUDIENCE = 'authenticated';

export type VerifyKey = Uint8Array | JWTVerifyGetKey;

/** A shared secret as an HS256 key, as it is: for Supabase's legacy JWT secret (ours go through `keys.ts`). */
export function secretKey(secret: string): Uint8Array {
  return new TextEncoder().encode(secret);
}

export interface AccessTokenInput {
  userId: string;
  email: string;
  sessionId: string;
  issuer: string;
  lifetimeSeconds: number;
  amr: string;
}

/** An access token with Supabase's claim shape, so RLS policies read the same claims in both worlds. */
export function signAccessToken(input: AccessTokenInput, key: Uint8Array): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({
    email: input.email,
    phone: '',
    role: 'authenticated',
    aal: 'aal1',
    amr: [{ method: input.amr, timestamp: now }],
    session_id: input.sessionId,
    is_anonymous: false,
    app_metadata: { provider: 'email', providers: ['email'] },
    user_metadata: {},
  })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(input.userId)
    .setAudience(AUDIENCE)
    .setIssuer(input.issuer)
    .setIssuedAt(now)
    .setExpirationTime(now + input.lifetimeSeconds)
    .sign(key);
}

export type VerifiedToken =
  | { status: 'valid'; claims: SessionClaims }
  | { status: 'expired'; claims: SessionClaims }
  | { status: 'invalid' };

function toClaims(payload: JWTPayload): SessionClaims | null {
  const { sub, email, aud, exp, role, session_id } = payload as Record<string, unknown>;
  if (typeof sub !== 'string' || role !== 'authenticated' || typeof exp !== 'number') return null;
  return {
    sub,
    role: 'authenticated',
    email: typeof email === 'string' ? email : '',
    aud: typeof aud === 'string' ? aud : AUDIENCE,
    exp,
    ...(typeof session_id === 'string' ? { session_id } : {}),
  };
}

/** Checks signature and audience; an expired token is reported as such so its session may be renewed. */
export async function verifyAccessToken(token: string, key: VerifyKey): Promise<VerifiedToken> {
  try {
    const { payload } =
      key instanceof Uint8Array
        ? await jwtVerify(token, key, { audience: AUDIENCE })
        : await jwtVerify(token, key, { audience: AUDIENCE });
    const claims = toClaims(payload);
    return claims ? { status: 'valid', claims } : { status: 'invalid' };
  } catch (error) {
    if (error instanceof errors.JWTExpired) {
      const claims = toClaims(error.payload);
      return claims ? { status: 'expired', claims } : { status: 'invalid' };
    }
    return { status: 'invalid' };
  }
}
