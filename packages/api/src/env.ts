import { z } from 'zod';

const DEV_JWT_SECRET = 'dev-only-secret-for-the-embedded-auth-do-not-use-in-production';

const flag = z
  .enum(['true', 'false', '1', '0'])
  .optional()
  .transform((value) => value === 'true' || value === '1');

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
    SITE_URL: z.url().default('http://localhost:3000'),
    ADMIN_URL: z.url().default('http://localhost:3001'),
    AUTH_JWT_SECRET: z.string().min(32).optional(),
    SMTP_URL: optionalUrl,
    MAIL_FROM: z.string().min(3).default('Réseau Fabriques <ne-pas-repondre@reseau-fabriques.localhost>'),
    SUPABASE_URL: optionalUrl,
    SUPABASE_ANON_KEY: z.string().min(1).optional(),
    SUPABASE_JWT_SECRET: z.string().min(32).optional(),
    SUPABASE_SERVICE_ROLE_KEY: z.string().min(1).optional(),
    // Files (place photos): a Supabase Storage bucket when set, else the local folder STORAGE_DIR.
    SUPABASE_STORAGE_BUCKET: z
      .string()
      .regex(/^[a-z0-9][a-z0-9_-]{1,62}$/, 'must be a bucket name (a-z, 0-9, - and _)')
      .optional(),
    STORAGE_DIR: z.string().min(1).optional(),
    TRUST_PROXY: flag,
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
  })
  .superRefine((env, ctx) => {
    // It signs the embedded provider's sessions and derives private booking links: never the public default.
    if (env.NODE_ENV === 'production' && !env.AUTH_JWT_SECRET) {
      ctx.addIssue({
        code: 'custom',
        path: ['AUTH_JWT_SECRET'],
        message: 'required in production (32+ characters)',
      });
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
  .transform((env) => ({ ...env, AUTH_JWT_SECRET: env.AUTH_JWT_SECRET ?? DEV_JWT_SECRET }));

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
