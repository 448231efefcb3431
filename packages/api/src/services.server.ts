import { type AuthService, authDefaults, createAuth } from '@rf/auth';
import { createDb, type Db } from '@rf/db';
import { type Translate, translator } from '@rf/i18n';
import { createMailer, type Mailer } from '@rf/mail';
import { createStorage, type FileStorage } from '@rf/storage';
import type { ServerEnv } from './env.ts';
import { createLogger, type Logger } from './logger.ts';
import { defaultStorageDir, demoStorageDir } from './storage-dir.server.ts';

/** Long-lived server objects, made once per process from the validated environment. */
export interface Services {
  env: ServerEnv;
  db: Db;
  mailer: Mailer;
  auth: AuthService;
  logger: Logger;
  /** Files (place photos): Supabase Storage when configured, local files otherwise. */
  storage: FileStorage;
  /** E-mails go out in French, the network's language. */
  t: Translate;
}

export function createServices(env: ServerEnv, app: string): Services {
  const db = createDb(env.DATABASE_URL, { max: env.DATABASE_POOL_SIZE });
  const t = translator('fr');
  const mailer = createMailer({ smtpUrl: env.SMTP_URL, from: env.MAIL_FROM }, db);
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
      jwtSecret: env.AUTH_JWT_SECRET,
      siteUrl: env.SITE_URL,
      secureCookies: new URL(env.SITE_URL).protocol === 'https:',
      supabase,
    },
    serviceRoleKey: env.SUPABASE_SERVICE_ROLE_KEY,
    trustProxy: env.TRUST_PROXY,
  });
  const storage = createStorage({
    localRoot: env.STORAGE_DIR ?? defaultStorageDir(env.NODE_ENV),
    demoRoot: demoStorageDir(),
    supabase:
      env.SUPABASE_STORAGE_BUCKET && env.SUPABASE_URL && env.SUPABASE_SERVICE_ROLE_KEY
        ? {
            url: env.SUPABASE_URL,
            serviceRoleKey: env.SUPABASE_SERVICE_ROLE_KEY,
            bucket: env.SUPABASE_STORAGE_BUCKET,
          }
        : undefined,
  });
  return { env, db, mailer, auth, logger: createLogger(env.LOG_LEVEL, app), t, storage };
}
