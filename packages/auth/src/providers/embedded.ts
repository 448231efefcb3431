import { randomUUID } from 'node:crypto';
import type { Db, Tx } from '@rf/db';
import { withAuthAdmin } from '@rf/db/service';
import type { Translate } from '@rf/i18n';
import type { Mailer } from '@rf/mail';
import { sql } from 'kysely';
import type { AuthConfig } from '../config.ts';
import { hashLinkToken, newLinkToken } from '../link-tokens.ts';
import { hashPassword, verifyPassword } from '../passwords.ts';
import { signAccessToken } from '../tokens.ts';
import type { ClientInfo, IdentityProvider } from './provider.ts';

export interface EmbeddedDeps {
  db: Db;
  mailer: Mailer;
  t: Translate;
  config: AuthConfig;
}

/**
 * E-mail + password accounts kept the way Supabase Auth (GoTrue) keeps them: `auth.users` with bcrypt
 * hashes, sessions in `auth.sessions`, one-time links through `recovery_token` (hashed).
 */
export function createEmbeddedProvider({ db, mailer, t, config }: EmbeddedDeps): IdentityProvider {
  const issuer = new URL('/auth/v1', config.siteUrl).toString();

  async function openSession(tx: Tx, user: { id: string; email: string }, client: ClientInfo, amr: string) {
    const sessionId = randomUUID();
    await tx
      .insertInto('auth.sessions')
      .values({
        id: sessionId,
        user_id: user.id,
        created_at: sql<string>`now()`,
        updated_at: sql<string>`now()`,
        not_after: sql<string>`now() + make_interval(days => ${config.sessionDays})`,
        aal: 'aal1',
        user_agent: client.userAgent.slice(0, 500),
        ip: client.ip || null,
      })
      .execute();
    await tx
      .updateTable('auth.users')
      .set({ last_sign_in_at: sql<string>`now()` })
      .where('id', '=', user.id)
      .execute();
    const accessToken = await signAccessToken(
      {
        userId: user.id,
        email: user.email,
        sessionId,
        issuer,
        lifetimeSeconds: config.accessTokenSeconds,
        amr,
      },
      config.sessionSigningKey,
    );
    return { accessToken, refreshToken: null };
  }

  function findActiveUser(tx: Tx, email: string) {
    return tx
      .selectFrom('auth.users')
      .select(['id', 'email', 'encrypted_password'])
      .where(sql<string>`lower(email)`, '=', email.toLowerCase())
      .where('deleted_at', 'is', null)
      .where('is_sso_user', '=', false)
      .where((eb) => eb.or([eb('banned_until', 'is', null), eb('banned_until', '<', sql<string>`now()`)]))
      .executeTakeFirst();
  }

  async function sendLink(
    email: string,
    path: string,
    subjectKey: 'mail.magic_link.subject' | 'mail.password_reset.subject',
  ) {
    const token = await withAuthAdmin(db, async (tx) => {
      const user = await findActiveUser(tx, email);
      if (!user) return null;
      const { token, hash } = newLinkToken();
      await tx
        .updateTable('auth.users')
        .set({ recovery_token: hash, recovery_sent_at: sql<string>`now()` })
        .where('id', '=', user.id)
        .execute();
      return token;
    });
    if (!token) return;
    const link = new URL(path, config.siteUrl);
    link.searchParams.set('jeton', token);
    const bodyKey =
      subjectKey === 'mail.magic_link.subject' ? 'mail.magic_link.body' : 'mail.password_reset.body';
    await mailer.send({
      to: email,
      subject: t(subjectKey),
      text: `${t(bodyKey, { link: link.toString(), minutes: config.linkMinutes })}\n\n${t('mail.signature')}`,
    });
  }

  /** Consumes a link token: valid once, for `linkMinutes`. */
  function consumeLink(tx: Tx, token: string) {
    return tx
      .updateTable('auth.users')
      .set({
        recovery_token: '',
        email_confirmed_at: sql<string>`coalesce(email_confirmed_at, now())`,
        updated_at: sql<string>`now()`,
      })
      .where('recovery_token', '=', hashLinkToken(token))
      .where('recovery_sent_at', '>', sql<string>`now() - make_interval(mins => ${config.linkMinutes})`)
      .where('deleted_at', 'is', null)
      .returning(['id', 'email'])
      .executeTakeFirst();
  }

  return {
    kind: 'embedded',

    signInWithPassword(email, password, client) {
      return withAuthAdmin(db, async (tx) => {
        const user = await findActiveUser(tx, email);
        if (!(await verifyPassword(password, user?.encrypted_password ?? null)) || !user?.email) return null;
        return openSession(tx, { id: user.id, email: user.email }, client, 'password');
      });
    },

    sendMagicLink: (email) => sendLink(email, '/connexion/lien', 'mail.magic_link.subject'),

    verifyMagicLink(token, client) {
      return withAuthAdmin(db, async (tx) => {
        const user = await consumeLink(tx, token);
        if (!user?.email) return null;
        return openSession(tx, { id: user.id, email: user.email }, client, 'magiclink');
      });
    },

    sendPasswordReset: (email) => sendLink(email, '/mot-de-passe/nouveau', 'mail.password_reset.subject'),

    async resetPassword(token, newPassword, client) {
      const hash = await hashPassword(newPassword);
      return withAuthAdmin(db, async (tx) => {
        const user = await consumeLink(tx, token);
        if (!user?.email) return null;
        await tx
          .updateTable('auth.users')
          .set({ encrypted_password: hash })
          .where('id', '=', user.id)
          .execute();
        // A new password ends every other session: whoever knew the old one is signed out.
        await tx.deleteFrom('auth.sessions').where('user_id', '=', user.id).execute();
        return openSession(tx, { id: user.id, email: user.email }, client, 'recovery');
      });
    },

    refresh(_tokens, sessionId) {
      return withAuthAdmin(db, async (tx) => {
        const session = await tx
          .updateTable('auth.sessions')
          .set({ refreshed_at: sql<string>`now()`, updated_at: sql<string>`now()` })
          .where('id', '=', sessionId)
          .where((eb) => eb.or([eb('not_after', 'is', null), eb('not_after', '>', sql<string>`now()`)]))
          .returning('user_id')
          .executeTakeFirst();
        if (!session) return null;
        const user = await tx
          .selectFrom('auth.users')
          .select(['id', 'email'])
          .where('id', '=', session.user_id)
          .where('deleted_at', 'is', null)
          .executeTakeFirst();
        if (!user?.email) return null;
        const accessToken = await signAccessToken(
          {
            userId: user.id,
            email: user.email,
            sessionId,
            issuer,
            lifetimeSeconds: config.accessTokenSeconds,
            amr: 'token_refresh',
          },
          config.sessionSigningKey,
        );
        return { accessToken, refreshToken: null };
      });
    },

    async signOut(_tokens, sessionId) {
      await withAuthAdmin(db, (tx) => tx.deleteFrom('auth.sessions').where('id', '=', sessionId).execute());
    },

    async createUser(email, password, displayName) {
      const hash = await hashPassword(password);
      return withAuthAdmin(db, async (tx) => {
        const inserted = await tx
          .insertInto('auth.users')
          .values({
            id: randomUUID(),
            instance_id: '00000000-0000-0000-0000-000000000000',
            aud: 'authenticated',
            role: 'authenticated',
            email: email.toLowerCase(),
            encrypted_password: hash,
            email_confirmed_at: sql<string>`now()`,
            raw_app_meta_data: JSON.stringify({ provider: 'email', providers: ['email'] }),
            raw_user_meta_data: JSON.stringify({ display_name: displayName }),
            created_at: sql<string>`now()`,
            updated_at: sql<string>`now()`,
          })
          .onConflict((oc) => oc.column('email').where('is_sso_user', '=', false).doNothing())
          .returning('id')
          .executeTakeFirst();
        return inserted?.id ?? null;
      });
    },
  };
}
