import { z } from 'zod';

/**
 * AUTH_JWT_SECRET's default in development and tests (NODE_ENV unset, `development` or `test`) only: it is
 * public, so production refuses it as it refuses no secret at all.
 */
export const DEVELOPMENT_JWT_SECRET = 'dev-only-secret-for-the-embedded-auth-do-not-use-in-production';

const optionalUrl = z.url().optional();

/**
 * The server environment, shared by both apps and validated at start-up: a missing or malformed
 * variable stops the process with a message naming it, instead of failing on the first request.
 */
export const serverEnvSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    DATABASE_URL: z.url({ error: 'DATABASE_URL must be a postgresql:// URL' }),
    DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
    // A direct connection when DATABASE_URL goes through a transaction-mode pooler (pgbouncer, Supabase's
    // pooler): the job worker LISTENs on it for new jobs, which a pooled connection cannot do (decision 047).
    DATABASE_DIRECT_URL: optionalUrl,
    SITE_URL: z.url().default('http://localhost:3000'),
    ADMIN_URL: z.url().default('http://localhost:3001'),
    // The server secret: @rf/auth derives the session-signing and private-link keys from it (never used raw).
    AUTH_JWT_SECRET: z.string().min(32).optional(),
    SMTP_URL: optionalUrl,
    // Where e-mails go: `smtp` (SMTP_URL) or `mailbox` (the development mailbox, in the database). Unset:
    // `smtp` when SMTP_URL is set, else `mailbox` outside production; production must choose.
    MAIL_TRANSPORT: z
      .enum(['smtp', 'mailbox'], { error: 'MAIL_TRANSPORT must be "smtp" or "mailbox"' })
      .optional(),
    // SMS (decision 037): `brevo` (BREVO_API_KEY, BREVO_SMS_SENDER) or `mailbox` (the development SMS
    // mailbox, in the database). Unset: `brevo` when BREVO_API_KEY is set, else `mailbox` outside
    // production; production must choose. Checked by @rf/sms's parseSmsEnv when the services start.
    SMS_TRANSPORT: z
      .enum(['brevo', 'mailbox'], { error: 'SMS_TRANSPORT must be "brevo" or "mailbox"' })
      .optional(),
    BREVO_API_KEY: z.string().min(1).optional(),
    BREVO_SMS_SENDER: z.string().min(1).optional(),
    BREVO_API_URL: optionalUrl,
    BREVO_SMS_WEBHOOK_URL: optionalUrl,
    // The shared secret Brevo presents with its delivery receipts (bearer token, or basic authentication's
    // password in the webhook's URL); unset, the receipts route refuses everything.
    BREVO_WEBHOOK_SECRET: z.string().min(16).optional(),
    // Who residents write to about their personal data (an e-mail address or a web page), shown on the
    // public "Données personnelles" page; unset, the page points to the place where they booked.
    PRIVACY_CONTACT: z.string().trim().min(3).max(200).optional(),
    // The address geocoder (decision 063): the Base Adresse Nationale's API (`https://api-adresse.data.gouv.fr/search/`)
    // or one speaking its shape. Unset: places created without coordinates stand on their commune's centre.
    GEOCODER_URL: z.url({ protocol: /^https?$/ }).optional(),
    MAIL_FROM: z.string().min(3).default('Réseau Fabriques <ne-pas-repondre@reseau-fabriques.localhost>'),
    SUPABASE_URL: optionalUrl,
    SUPABASE_ANON_KEY: z.string().min(1).optional(),
    SUPABASE_JWT_SECRET: z.string().min(32).optional(),
    SUPABASE_SERVICE_ROLE_KEY: z.string().min(1).optional(),
    // Files (photos, resources; decision 046): an S3-compatible bucket (S3_*) or a Supabase Storage bucket
    // when set, else the local folder STORAGE_DIR, which production refuses without
    // STORAGE_LOCAL_IN_PRODUCTION=1. Checked by @rf/storage's parseStorageEnv when the services start.
    SUPABASE_STORAGE_BUCKET: z
      .string()
      .regex(/^[a-z0-9][a-z0-9_-]{1,62}$/, 'must be a bucket name (a-z, 0-9, - and _)')
      .optional(),
    STORAGE_DIR: z.string().min(1).optional(),
    STORAGE_LOCAL_IN_PRODUCTION: z.string().optional(),
    S3_ENDPOINT: z.string().optional(),
    S3_REGION: z.string().optional(),
    S3_BUCKET: z.string().optional(),
    S3_ACCESS_KEY_ID: z.string().optional(),
    S3_SECRET_ACCESS_KEY: z.string().optional(),
    S3_FORCE_PATH_STYLE: z.string().optional(),
    S3_PUBLIC_URL: z.string().optional(),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    // The directory map's raster tiles ({z}/{x}/{y} template; `off` for none: the map then draws
    // France's outline shipped with the app) and their attribution, required by every tile provider.
    MAP_TILES_URL: z
      .union([
        z.literal('off'),
        z
          .url({ protocol: /^https?$/ })
          .refine((url) => ['{z}', '{x}', '{y}'].every((part) => url.includes(part)), {
            error: 'MAP_TILES_URL must contain {z}, {x} and {y}, or be "off"',
          }),
      ])
      .default('https://tile.openstreetmap.org/{z}/{x}/{y}.png'),
    MAP_TILES_ATTRIBUTION: z.string().min(1).max(300).default('© OpenStreetMap contributors'),
    // Webhooks (decision 061): `1` lets subscriptions target http:// and loopback or private addresses,
    // which production refuses otherwise (SSRF); for tests and a receiver on the same machine.
    WEBHOOKS_ALLOW_LOCAL: z.enum(['0', '1'], { error: 'WEBHOOKS_ALLOW_LOCAL must be "0" or "1"' }).optional(),
  })
  .superRefine((env, ctx) => {
    // Its keys sign the embedded provider's sessions and private booking links: never the public default.
    if (env.NODE_ENV === 'production') {
      if (!env.AUTH_JWT_SECRET) {
        ctx.addIssue({
          code: 'custom',
          path: ['AUTH_JWT_SECRET'],
          message: 'required in production (32+ characters)',
        });
      } else if (env.AUTH_JWT_SECRET === DEVELOPMENT_JWT_SECRET) {
        ctx.addIssue({
          code: 'custom',
          path: ['AUTH_JWT_SECRET'],
          message: 'must not be the public development secret in production: set a secret of your own',
        });
      }
    }
    // Production never falls back to the development mailbox by accident: e-mails (booking links,
    // magic links, invitations) would silently never leave the server.
    if (!env.SMTP_URL) {
      if (env.MAIL_TRANSPORT === 'smtp') {
        ctx.addIssue({
          code: 'custom',
          path: ['SMTP_URL'],
          message: 'required when MAIL_TRANSPORT=smtp',
        });
      } else if (env.NODE_ENV === 'production' && env.MAIL_TRANSPORT !== 'mailbox') {
        ctx.addIssue({
          code: 'custom',
          path: ['SMTP_URL'],
          message:
            'required in production to send e-mails; to keep them in the development mailbox instead, set MAIL_TRANSPORT=mailbox',
        });
      }
    }
    if (env.SUPABASE_URL && !env.SUPABASE_ANON_KEY) {
      ctx.addIssue({
        code: 'custom',
        path: ['SUPABASE_ANON_KEY'],
        message: 'required when SUPABASE_URL is set',
      });
    }
    for (const name of ['SUPABASE_URL', 'SUPABASE_SERVICE_ROLE_KEY'] as const) {
      if (env.SUPABASE_STORAGE_BUCKET && !env[name]) {
        ctx.addIssue({
          code: 'custom',
          path: [name],
          message: 'required when SUPABASE_STORAGE_BUCKET is set',
        });
      }
    }
  })
  .transform((env) => ({
    ...env,
    AUTH_JWT_SECRET: env.AUTH_JWT_SECRET ?? DEVELOPMENT_JWT_SECRET,
    MAIL_TRANSPORT: env.MAIL_TRANSPORT ?? (env.SMTP_URL ? ('smtp' as const) : ('mailbox' as const)),
  }));

export type ServerEnv = z.infer<typeof serverEnvSchema>;

export class InvalidEnvError extends Error {}

export function parseServerEnv(source: Record<string, string | undefined>): ServerEnv {
  const result = serverEnvSchema.safeParse(source);
  if (result.success) return result.data;
  const lines = result.error.issues.map(
    (issue) => `  - ${issue.path.join('.') || '(env)'}: ${issue.message}`,
  );
  throw new InvalidEnvError(`Invalid environment:\n${lines.join('\n')}`);
}
