import { createTestDatabase, type TestDatabase } from '@rf/db/testing';
import { translator } from '@rf/i18n';
import { createSmtpMailer } from '@rf/mail';
import { SignJWT } from 'jose';
import { sql } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createAuth } from './index.ts';
import { type Recording, recordings } from './providers/supabase-auth.recordings.ts';
import { browserRequest, testAuthConfig } from './testing.ts';

const SUPABASE_URL = 'https://abcdefghijklmnop.supabase.co';
const JWT_SECRET = 'super-secret-jwt-token-with-at-least-32-characters-long';
const SESSION_ID = '5f1d0c1e-8a44-4f0e-9a0b-3f1a2d6c7e90';

interface SentRequest {
  method: string;
  path: string;
  body: unknown;
  authorization: string | null;
}

/** Replays recorded Supabase Auth answers in order, and keeps what was sent for the assertions. */
function replay(accessToken: string) {
  const queue: Recording[] = [];
  const sent: SentRequest[] = [];
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    const text = await request.text();
    sent.push({
      method: request.method,
      path: url.pathname + url.search,
      body: text ? JSON.parse(text) : null,
      authorization: request.headers.get('authorization'),
    });
    const next = queue.shift();
    if (!next) throw new Error(`unexpected call to Supabase Auth: ${request.method} ${url.pathname}`);
    expect(`${request.method} ${url.pathname}${url.search}`.startsWith(`${next.method} ${next.path}`)).toBe(
      true,
    );
    const body =
      next.body === null ? null : JSON.stringify(next.body).replaceAll('{{ACCESS_TOKEN}}', accessToken);
    return new Response(body, { status: next.status, headers: { 'content-type': 'application/json' } });
  };
  return { queue, sent, fetch };
}

let t: TestDatabase;
let accessToken: string;
let server: ReturnType<typeof replay>;
let auth: ReturnType<typeof createAuth>;

beforeAll(async () => {
  t = await createTestDatabase();
  accessToken = await new SignJWT({
    email: recordings.user.email,
    role: 'authenticated',
    session_id: SESSION_ID,
    aal: 'aal1',
  })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(recordings.user.id)
    .setAudience('authenticated')
    .setIssuer(`${SUPABASE_URL}/auth/v1`)
    .setIssuedAt()
    .setExpirationTime('1h')
    .sign(new TextEncoder().encode(JWT_SECRET));
  // What Supabase Auth writes in the project's database when it opens the session.
  await sql`insert into auth.users (id, aud, role, email) values (${recordings.user.id}, 'authenticated', 'authenticated', ${recordings.user.email})`.execute(
    t.db,
  );
  await sql`insert into auth.sessions (id, user_id, created_at) values (${SESSION_ID}, ${recordings.user.id}, now())`.execute(
    t.db,
  );
});
afterAll(() => t.drop());

beforeEach(() => {
  server = replay(accessToken);
  auth = createAuth({
    db: t.db,
    mailer: createSmtpMailer('smtp://127.0.0.1:1', 'unused@example.org'),
    t: translator('fr'),
    config: {
      ...testAuthConfig,
      supabase: { url: SUPABASE_URL, anonKey: 'anon-key', jwtSecret: JWT_SECRET },
    },
    fetch: server.fetch,
  });
});

const exchange = (cookies: string[] = []) => ({
  request: browserRequest(cookies),
  responseHeaders: new Headers(),
  clientAddress: '203.0.113.7',
});

describe('Supabase Auth provider (recorded responses)', () => {
  it('signs in with a password and keeps the tokens in our httpOnly cookie', async () => {
    server.queue.push(recordings.signInOk);
    const ex = exchange();
    const session = await auth.signInWithPassword(ex, recordings.user.email, 'le-bon-mot-de-passe');
    expect(session.userId).toBe(recordings.user.id);
    expect(server.sent[0]?.body).toMatchObject({
      email: recordings.user.email,
      password: 'le-bon-mot-de-passe',
    });
    const cookies = ex.responseHeaders.getSetCookie();
    expect(cookies[0]).toMatch(/^rf-session=.+HttpOnly/);
    expect((await auth.readSession(exchange(cookies)))?.email).toBe(recordings.user.email);
  });

  it('turns Supabase’s refusal into our invalid-credentials error', async () => {
    server.queue.push(recordings.signInWrongPassword);
    await expect(auth.signInWithPassword(exchange(), 'x@example.org', 'faux')).rejects.toMatchObject({
      code: 'invalid_credentials',
    });
  });

  it('does not mistake an outage for a wrong password', async () => {
    server.queue.push(recordings.serviceUnavailable);
    const attempt = auth.signInWithPassword(exchange(), 'y@example.org', 'x');
    await expect(attempt).rejects.not.toMatchObject({ code: 'invalid_credentials' });
  });

  it('asks Supabase for a magic link without creating accounts, and stays silent for unknown addresses', async () => {
    server.queue.push(recordings.otpSent, recordings.otpUnknownAddress);
    await auth.requestMagicLink(exchange(), recordings.user.email);
    await auth.requestMagicLink(exchange(), 'inconnu@example.org');
    expect(server.sent[0]?.body).toMatchObject({ email: recordings.user.email, create_user: false });
  });

  it('verifies the e-mailed token hash and opens the session', async () => {
    server.queue.push(recordings.verifyOk);
    const session = await auth.verifyMagicLink(exchange(), 'pkce_5a1e0c2d9b8f7a6e5d4c3b2a1f0e9d8c');
    expect(session.userId).toBe(recordings.user.id);
    expect(server.sent[0]?.body).toMatchObject({
      token_hash: 'pkce_5a1e0c2d9b8f7a6e5d4c3b2a1f0e9d8c',
      type: 'email',
    });
  });

  it('reports an expired link as such', async () => {
    server.queue.push(recordings.verifyExpired);
    await expect(auth.verifyMagicLink(exchange(), 'pkce_expired_000000000000000000')).rejects.toMatchObject({
      code: 'link_invalid_or_expired',
    });
  });

  it('asks Supabase to send the password-reset e-mail towards our page', async () => {
    server.queue.push(recordings.recoverSent);
    await auth.requestPasswordReset(exchange(), recordings.user.email);
    expect(server.sent[0]?.path).toContain('/auth/v1/recover?redirect_to=');
    expect(decodeURIComponent(server.sent[0]?.path ?? '')).toContain(
      'http://localhost:3000/mot-de-passe/nouveau',
    );
  });

  it('signs out at Supabase with the user’s own token', async () => {
    server.queue.push(recordings.signInOk, recordings.logout);
    const ex = exchange();
    await auth.signInWithPassword(ex, recordings.user.email, 'le-bon-mot-de-passe');
    await auth.signOut(exchange(ex.responseHeaders.getSetCookie()));
    expect(server.sent[1]).toMatchObject({ method: 'POST', authorization: `Bearer ${accessToken}` });
  });
});
