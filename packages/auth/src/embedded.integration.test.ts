import { withSession } from '@rf/db';
import { createTestDatabase, type TestDatabase } from '@rf/db/testing';
import type { DomainError } from '@rf/domain/errors';
import { translator } from '@rf/i18n';
import { createSmtpMailer } from '@rf/mail';
import { type SmtpTestServer, startSmtpTestServer } from '@rf/mail/testing';
import { SignJWT } from 'jose';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuth } from './index.ts';
import { deriveServerKeys } from './keys.ts';
import { browserRequest, testAuthConfig, testServerSecret } from './testing.ts';

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
  });
});
afterAll(async () => {
  await smtp.stop();
  await t.drop();
});

function exchange(setCookies: string[] = []) {
  return {
    request: browserRequest(setCookies),
    responseHeaders: new Headers(),
    clientAddress: '203.0.113.7',
  };
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

  it('slows down one client trying one password on many addresses (spraying), with the wait', async () => {
    const refusals: { code: string; details?: Record<string, unknown> }[] = [];
    for (let i = 0; i < 30; i++) {
      // Another address of the same IPv6 /64 each time: still one client.
      const ex = { ...exchange(), clientAddress: `2001:db8:5:5::${i + 1}` };
      refusals.push(
        await auth.signInWithPassword(ex, `cible-${i}@example.org`, 'Motdepasse2026').then(
          () => ({ code: 'signed_in' }),
          (error: DomainError) => error,
        ),
      );
    }
    const outcomes = refusals.map((r) => r.code);
    expect(refusals.at(-1)?.details?.retryAfterSeconds).toBeGreaterThan(0);
    expect(outcomes.slice(0, 10)).toEqual(Array(10).fill('invalid_credentials'));
    expect(outcomes.slice(10)).toEqual(Array(20).fill('too_many_attempts'));
    // Another client is not slowed, and a right password is not counted as a failure.
    await auth.createUser('ana@example.org', 'le-mot-de-passe-ana', 'Ana');
    const other = { ...exchange(), clientAddress: '198.51.100.77' };
    for (let i = 0; i < 12; i++) {
      expect((await auth.signInWithPassword(other, 'ana@example.org', 'le-mot-de-passe-ana')).email).toBe(
        'ana@example.org',
      );
    }
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
      .sign(testAuthConfig.sessionSigningKey);
    const cookie = `rf-session=${Buffer.from(JSON.stringify([expired, null])).toString('base64url')}`;
    const ex = exchange([cookie]);
    const renewed = await auth.readSession(ex);
    expect(renewed?.userId).toBe(session.userId);
    expect(renewed?.claims.exp).toBeGreaterThan(Date.now() / 1000);
    expect(ex.responseHeaders.getSetCookie()[0]).not.toContain(cookies[0]?.split(';')[0]);
  });

  it('rejects a token signed with another key, the raw server secret or the private-links key', async () => {
    for (const key of [
      new TextEncoder().encode('another-secret-another-secret-another'),
      new TextEncoder().encode(testServerSecret),
      deriveServerKeys(testServerSecret).privateLinks,
    ]) {
      const forged = await new SignJWT({
        sub: 'x',
        role: 'authenticated',
        aud: 'authenticated',
        session_id: 'y',
      })
        .setProtectedHeader({ alg: 'HS256' })
        .setExpirationTime('1h')
        .sign(key);
      const cookie = `rf-session=${Buffer.from(JSON.stringify([forged, null])).toString('base64url')}`;
      expect(await auth.readSession(exchange([cookie]))).toBeNull();
    }
  });

  it('signs in once through an e-mailed magic link', async () => {
    await auth.requestMagicLink(exchange(), 'lea@example.org');
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
    await expect(auth.requestMagicLink(exchange(), 'inconnu@example.org')).resolves.toBeUndefined();
    expect(smtp.messages.length).toBe(before);
  });

  it('resets a password from an e-mailed link and signs out the other sessions', async () => {
    await auth.createUser('noa@example.org', 'ancien-mot-de-passe', 'Noa');
    const { cookies: oldCookies } = await signIn('noa@example.org', 'ancien-mot-de-passe');
    await auth.requestPasswordReset(exchange(), 'noa@example.org');
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
