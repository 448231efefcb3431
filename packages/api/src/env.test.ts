import { describe, expect, it } from 'vitest';
import { InvalidEnvError, parseServerEnv } from './env.ts';

const base = { DATABASE_URL: 'postgresql://postgres:postgres@127.0.0.1:5432/postgres' };

describe('server environment', () => {
  it('fills development defaults', () => {
    const env = parseServerEnv(base);
    expect(env).toMatchObject({
      SITE_URL: 'http://localhost:3000',
      ADMIN_URL: 'http://localhost:3001',
      TRUST_PROXY: false,
    });
    expect(env.AUTH_JWT_SECRET.length).toBeGreaterThanOrEqual(32);
  });

  it('names what is missing or malformed', () => {
    expect(() => parseServerEnv({})).toThrow(/DATABASE_URL/);
    expect(() => parseServerEnv({ ...base, SITE_URL: 'pas une url' })).toThrow(InvalidEnvError);
    expect(() => parseServerEnv({ ...base, SUPABASE_URL: 'https://x.supabase.co' })).toThrow(
      /SUPABASE_ANON_KEY/,
    );
  });

  it('never runs production on the public development secret', () => {
    expect(() => parseServerEnv({ ...base, NODE_ENV: 'production' })).toThrow(/AUTH_JWT_SECRET/);
    expect(() =>
      parseServerEnv({
        ...base,
        NODE_ENV: 'production',
        SUPABASE_URL: 'https://x.supabase.co',
        SUPABASE_ANON_KEY: 'anon',
      }),
    ).toThrow(/AUTH_JWT_SECRET/);
    expect(
      parseServerEnv({ ...base, NODE_ENV: 'production', AUTH_JWT_SECRET: 'x'.repeat(40) }).AUTH_JWT_SECRET,
    ).toBe('x'.repeat(40));
  });
});
