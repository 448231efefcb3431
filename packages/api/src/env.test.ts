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

  it('needs a Supabase project and its service role key for a storage bucket', () => {
    expect(() => parseServerEnv({ ...base, SUPABASE_STORAGE_BUCKET: 'photos' })).toThrow(
      /SUPABASE_URL[\s\S]*SUPABASE_SERVICE_ROLE_KEY/,
    );
    expect(() => parseServerEnv({ ...base, SUPABASE_STORAGE_BUCKET: '../photos' })).toThrow(/bucket name/);
    const env = parseServerEnv({
      ...base,
      SUPABASE_URL: 'https://x.supabase.co',
      SUPABASE_ANON_KEY: 'anon',
      SUPABASE_SERVICE_ROLE_KEY: 'service',
      SUPABASE_STORAGE_BUCKET: 'photos',
    });
    expect(env.SUPABASE_STORAGE_BUCKET).toBe('photos');
  });

  it('takes the map tiles as a {z}/{x}/{y} template, OpenStreetMap by default, or none', () => {
    expect(parseServerEnv(base).MAP_TILES_URL).toBe('https://tile.openstreetmap.org/{z}/{x}/{y}.png');
    const own = 'http://localhost:8080/tiles/{z}/{x}/{y}.png';
    expect(parseServerEnv({ ...base, MAP_TILES_URL: own }).MAP_TILES_URL).toBe(own);
    expect(parseServerEnv({ ...base, MAP_TILES_URL: 'off' }).MAP_TILES_URL).toBe('off');
    expect(() => parseServerEnv({ ...base, MAP_TILES_URL: 'https://tiles.example/carte.png' })).toThrow(
      /MAP_TILES_URL must contain \{z\}/,
    );
    expect(() => parseServerEnv({ ...base, MAP_TILES_URL: 'javascript:alert(1)//{z}{x}{y}' })).toThrow(
      /MAP_TILES_URL/,
    );
  });
});
