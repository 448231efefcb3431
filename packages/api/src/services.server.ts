import { type AuthService, authDefaults, createAuth, deriveServerKeys } from '@rf/auth';
import { createDb, type Db } from '@rf/db';
import { type Translate, translator } from '@rf/i18n';
import { createMailer, type Mailer } from '@rf/mail';
import { createSmsSender, type SmsSender } from '@rf/sms';
import { createStorage, type FileStorage, parseStorageEnv } from '@rf/storage';
import type { ServerEnv } from './env.ts';
import { createLogger, type Logger } from './logger.ts';
import { defaultStorageDir, demoStorageDir } from './storage-dir.server.ts';

/** Long-lived server objects, made once per process from the validated environment. */
export interface Services {
  env: ServerEnv;
  db: Db;
  mailer: Mailer;
  /** SMS to residents who gave a mobile number: Brevo, or the development SMS mailbox. */
  sms: SmsSender;
  auth: AuthService;
  /**
   * The private-links key (booking and appointment links), derived from AUTH_JWT_SECRET; the secret itself
   * is never used raw (`@rf/auth`'s keys.ts).
   */
  linkKey: Uint8Array;
  logger: Logger;
  /** Files (photos, resources): an S3-compatible bucket or Supabase Storage when configured, else local files. */
  storage: FileStorage;
  /** E-mails go out in French, the network's language. */
  t: Translate;
}

export function createServices(env: ServerEnv, app: string): Services {
  // Production refuses the local folder unless STORAGE_LOCAL_IN_PRODUCTION=1 (decision 046): the process
  // stops here, at start-up and before any connection is opened, with the variables to set.
  const files = parseStorageEnv(env);
  const db = createDb(env.DATABASE_URL, { max: env.DATABASE_POOL_SIZE });
  const t = translator('fr');
  const logger = createLogger(env.LOG_LEVEL, app);
  const keys = deriveServerKeys(env.AUTH_JWT_SECRET);
  const mailer = createMailer(
    { transport: env.MAIL_TRANSPORT, smtpUrl: env.SMTP_URL, from: env.MAIL_FROM },
    db,
  );
  if (env.NODE_ENV === 'production' && env.MAIL_TRANSPORT === 'mailbox') {
    logger.warn('MAIL_TRANSPORT=mailbox: e-mails stay in the development mailbox and are never sent');
  }
  const supabase =
    env.SUPABASE_URL && env.SUPABASE_ANON_KEY
      ? { url: env.SUPABASE_URL, anonKey: env.SUPABASE_ANON_KEY, jwtSecret: env.SUPABASE_JWT_SECRET }
      : undefined;
  const auth = createAuth({
    db,
    mailer,
    t,
    config: {
      ...authDefaults,
      sessionSigningKey: keys.sessionSigning,
      siteUrl: env.SITE_URL,
      secureCookies: new URL(env.SITE_URL).protocol === 'https:',
      supabase,
    },
    serviceRoleKey: env.SUPABASE_SERVICE_ROLE_KEY,
  });
  const storage = createStorage({
    localRoot: (files.kind === 'local' ? files.dir : undefined) ?? defaultStorageDir(env.NODE_ENV),
    demoRoot: demoStorageDir(),
    ...(files.kind === 's3' ? { s3: files.s3 } : {}),
    ...(files.kind === 'supabase' ? { supabase: files.supabase } : {}),
  });
  const sms = createSmsSender(env, db);
  return { env, db, mailer, sms, auth, linkKey: keys.privateLinks, logger, t, storage };
}
