import { withSession } from '@rf/db';
import { createTestDatabase, type TestDatabase } from '@rf/db/testing';
import { translator } from '@rf/i18n';
import { createSmtpMailer } from '@rf/mail';
import { type SmtpTestServer, startSmtpTestServer } from '@rf/mail/testing';
import { SignJWT } from 'jose';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuth } from './index.ts';
import { browserRequest, testAuthConfig } from './testing.ts';

let t: TestDatabase;
let smtp: SmtpTestServer;
let auth: ReturnType<typeof createAuth>;

beforeAll(async () => {
  [t, smtp] = await Promise.all([createTestDatabase(), startSmtpTestServer()]);
  auth = createAuth({
    db: t.db,
    mailer: createSmtpMailer(smtp.url, 'Réseau Fabriques <ne-pas-repondre@reseau-fabriques.test>'),
    t: translator('fr'),
    config: testAuthConfig,
    trustProxy: true,
  });
});
afterAll(async () => {
  await smtp.stop();
  await t.drop();
});

function exchange(setCookies: string[] = []) {
  return { request: browserRequest(setCookies), responseHeaders: new Headers() };
}

async function signIn(email: string, password: string) {
  const ex = exchange();
  const session = await auth.signInWithPassword(ex, email, password);
  return { session, cookies: ex.responseHeaders.getSetCookie() };
}

function linkFrom(text: string | undefined): URL {
  const match = text?.match(/https?:\/\/\S+/);
  if (!match) throw new Error('no link in the e-mail');
  return new URL(match[0]);
}

describe('embedded identity provider', () => {
  it('stores passwords the way Supabase Auth does', async () => {
    await auth.createUser('lea@example.org', 'un-mot-de-passe-solide', 'Léa');
    const row = await t.db
      .selectFrom('auth.users')
      .select(['encrypted_password', 'aud', 'role', 'email_confirmed_at'])
      .where('email', '=', 'lea@example.org')
      .executeTakeFirstOrThrow();
    expect(row.encrypted_password).toMatch(/^\$2a\$10\$.{53}$/);
    expect(row.aud).toBe('authenticated');
    expect(row.role).toBe('authenticated');
    expect(row.email_confirmed_at).not.toBeNull();
  });

  it('refuses a second account for the same address', async () => {
    expect(await auth.createUser('LEA@example.org', 'un-autre-mot-de-passe', 'Léa bis')).toBeNull();
  });

  it('signs in with a Supabase-shaped session in an httpOnly cookie that RLS understands', async () => {
    const { session, cookies } = await signIn('lea@example.org', 'un-mot-de-passe-solide');
    expect(session.claims).toMatchObject({
      role: 'authenticated',
      email: 'lea@example.org',
      aud: 'authenticated',
    });
    expect(session.claims.exp).toBeGreaterThan(Date.now() / 1000);
    expect(cookies[0]).toMatch(/^rf-session=.+; Path=\/; HttpOnly; SameSite=Lax; Max-Age=\d+$/);

    const again = await auth.readSession(exchange(cookies));
    expect(again?.userId).toBe(session.userId);
    const uid = await withSession(t.db, again?.claims ?? null, async (tx) => {
      const { rows } = await sql<{ uid: string }>`select auth.uid() as uid`.execute(tx);
      return rows[0]?.uid;
    });
    expect(uid).toBe(session.userId);
  });

  it('says the same thing for a wrong password and an unknown address', async () => {
    await expect(signIn('lea@example.org', 'mauvais')).rejects.toMatchObject({ code: 'invalid_credentials' });
    await expect(signIn('personne@example.org', 'mauvais')).rejects.toMatchObject({
      code: 'invalid_credentials',
    });
  });

  it('stops guessing after five failures, even with the right password', async () => {
    await auth.createUser('sam@example.org', 'le-bon-mot-de-passe', 'Sam');
    for (let i = 0; i < 5; i++) {
      await expect(signIn('sam@example.org', `essai-${i}`)).rejects.toMatchObject({
        code: 'invalid_credentials',
      });
    }
    await expect(signIn('sam@example.org', 'le-bon-mot-de-passe')).rejects.toMatchObject({
      code: 'too_many_attempts',
    });
  });

  it('revokes the session on sign-out, so the old cookie no longer works', async () => {
    const { cookies } = await signIn('lea@example.org', 'un-mot-de-passe-solide');
    const out = exchange(cookies);
    await auth.signOut(out);
    expect(out.responseHeaders.getSetCookie()[0]).toContain('Max-Age=0');
    expect(await auth.readSession(exchange(cookies))).toBeNull();
  });

  it('renews an expired access token while its session lives', async () => {
    const { session, cookies } = await signIn('lea@example.org', 'un-mot-de-passe-solide');
    const expired = await new SignJWT({ ...session.claims, exp: Math.floor(Date.now() / 1000) - 10 })
      .setProtectedHeader({ alg: 'HS256' })
      .sign(new TextEncoder().encode(testAuthConfig.jwtSecret));
    const cookie = `rf-session=${Buffer.from(JSON.stringify([expired, null])).toString('base64url')}`;
    const ex = exchange([cookie]);
    const renewed = await auth.readSession(ex);
    expect(renewed?.userId).toBe(session.userId);
    expect(renewed?.claims.exp).toBeGreaterThan(Date.now() / 1000);
    expect(ex.responseHeaders.getSetCookie()[0]).not.toContain(cookies[0]?.split(';')[0]);
  });

  it('rejects a token signed with another key', async () => {
    const forged = await new SignJWT({
      sub: 'x',
      role: 'authenticated',
      aud: 'authenticated',
      session_id: 'y',
    })
      .setProtectedHeader({ alg: 'HS256' })
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode('another-secret-another-secret-another'));
    const cookie = `rf-session=${Buffer.from(JSON.stringify([forged, null])).toString('base64url')}`;
    expect(await auth.readSession(exchange([cookie]))).toBeNull();
  });

  it('signs in once through an e-mailed magic link', async () => {
    await auth.requestMagicLink('lea@example.org');
    const mail = await smtp.waitFor((m) => m.subject === 'Votre lien de connexion au Réseau Fabriques');
    const link = linkFrom(mail.text);
    expect(link.pathname).toBe('/connexion/lien');
    const token = link.searchParams.get('jeton') ?? '';
    const session = await auth.verifyMagicLink(exchange(), token);
    expect(session.email).toBe('lea@example.org');
    await expect(auth.verifyMagicLink(exchange(), token)).rejects.toMatchObject({
      code: 'link_invalid_or_expired',
    });
  });

  it('sends nothing for an unknown address, and says nothing about it', async () => {
    const before = smtp.messages.length;
    await expect(auth.requestMagicLink('inconnu@example.org')).resolves.toBeUndefined();
    expect(smtp.messages.length).toBe(before);
  });

  it('resets a password from an e-mailed link and signs out the other sessions', async () => {
    await auth.createUser('noa@example.org', 'ancien-mot-de-passe', 'Noa');
    const { cookies: oldCookies } = await signIn('noa@example.org', 'ancien-mot-de-passe');
    await auth.requestPasswordReset('noa@example.org');
    const mail = await smtp.waitFor(
      (m) => m.to !== undefined && JSON.stringify(m.to).includes('noa@example.org'),
    );
    const token = linkFrom(mail.text).searchParams.get('jeton') ?? '';
    await auth.resetPassword(exchange(), token, 'nouveau-mot-de-passe');
    expect(await auth.readSession(exchange(oldCookies))).toBeNull();
    await expect(signIn('noa@example.org', 'ancien-mot-de-passe')).rejects.toMatchObject({
      code: 'invalid_credentials',
    });
    expect((await signIn('noa@example.org', 'nouveau-mot-de-passe')).session.email).toBe('noa@example.org');
  });
});
