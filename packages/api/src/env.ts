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
    TRUST_PROXY: flag,
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
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
