import { InvalidStorageEnvError, parseStorageEnv } from '@rf/storage';
import { describe, expect, it } from 'vitest';
import { DEVELOPMENT_JWT_SECRET, InvalidEnvError, parseServerEnv } from './env.ts';
import { createServices } from './services.server.ts';

const base = { DATABASE_URL: 'postgresql://postgres:postgres@127.0.0.1:5432/postgres' };
const secret = 'x'.repeat(40);
const smtp = 'smtps://user:password@smtp.example.org:465';
/** A production environment that passes but for what a test leaves out. */
const production = { ...base, NODE_ENV: 'production', AUTH_JWT_SECRET: secret, SMTP_URL: smtp };

describe('server environment', () => {
  it('fills development defaults', () => {
    const env = parseServerEnv(base);
    expect(env).toMatchObject({
      SITE_URL: 'http://localhost:3000',
      ADMIN_URL: 'http://localhost:3001',
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
    const { AUTH_JWT_SECRET: _, ...withoutSecret } = production;
    expect(() => parseServerEnv(withoutSecret)).toThrow(/AUTH_JWT_SECRET: required in production/);
    expect(() =>
      parseServerEnv({ ...withoutSecret, SUPABASE_URL: 'https://x.supabase.co', SUPABASE_ANON_KEY: 'anon' }),
    ).toThrow(/AUTH_JWT_SECRET/);
    expect(() => parseServerEnv({ ...production, AUTH_JWT_SECRET: DEVELOPMENT_JWT_SECRET })).toThrow(
      /AUTH_JWT_SECRET: must not be the public development secret/,
    );
    expect(() => parseServerEnv({ ...production, AUTH_JWT_SECRET: 'short' })).toThrow(/AUTH_JWT_SECRET/);
    expect(parseServerEnv(production).AUTH_JWT_SECRET).toBe(secret);
  });

  it('gives development and tests a default secret, and NODE_ENV unset means development', () => {
    expect(parseServerEnv(base)).toMatchObject({
      NODE_ENV: 'development',
      AUTH_JWT_SECRET: DEVELOPMENT_JWT_SECRET,
    });
    expect(parseServerEnv({ ...base, NODE_ENV: 'test' }).AUTH_JWT_SECRET).toBe(DEVELOPMENT_JWT_SECRET);
    expect(
      parseServerEnv({ ...base, NODE_ENV: 'development', AUTH_JWT_SECRET: secret }).AUTH_JWT_SECRET,
    ).toBe(secret);
    expect(() => parseServerEnv({ ...base, NODE_ENV: 'staging' })).toThrow(/NODE_ENV/);
  });

  it('sends e-mails over SMTP when SMTP_URL is set, to the development mailbox otherwise (outside production)', () => {
    expect(parseServerEnv(base).MAIL_TRANSPORT).toBe('mailbox');
    expect(parseServerEnv({ ...base, NODE_ENV: 'test' }).MAIL_TRANSPORT).toBe('mailbox');
    expect(parseServerEnv({ ...base, SMTP_URL: smtp }).MAIL_TRANSPORT).toBe('smtp');
    expect(parseServerEnv(production).MAIL_TRANSPORT).toBe('smtp');
    // An explicit choice wins over SMTP_URL.
    expect(parseServerEnv({ ...base, SMTP_URL: smtp, MAIL_TRANSPORT: 'mailbox' }).MAIL_TRANSPORT).toBe(
      'mailbox',
    );
    expect(() => parseServerEnv({ ...base, MAIL_TRANSPORT: 'sendmail' })).toThrow(/MAIL_TRANSPORT/);
  });

  it('refuses production without SMTP unless the development mailbox is chosen explicitly', () => {
    const { SMTP_URL: _, ...withoutSmtp } = production;
    expect(() => parseServerEnv(withoutSmtp)).toThrow(InvalidEnvError);
    expect(() => parseServerEnv(withoutSmtp)).toThrow(
      /SMTP_URL: required in production[\s\S]*MAIL_TRANSPORT=mailbox/,
    );
    expect(parseServerEnv({ ...withoutSmtp, MAIL_TRANSPORT: 'mailbox' }).MAIL_TRANSPORT).toBe('mailbox');
    expect(parseServerEnv({ ...production, MAIL_TRANSPORT: 'smtp' }).MAIL_TRANSPORT).toBe('smtp');
  });

  it('refuses MAIL_TRANSPORT=smtp without SMTP_URL, in every environment', () => {
    const { SMTP_URL: _, ...withoutSmtp } = production;
    for (const env of [base, { ...base, NODE_ENV: 'test' }, withoutSmtp]) {
      expect(() => parseServerEnv({ ...env, MAIL_TRANSPORT: 'smtp' })).toThrow(
        /SMTP_URL: required when MAIL_TRANSPORT=smtp/,
      );
    }
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

  it('passes the file storage variables on: the services refuse the local folder in production (decision 046)', () => {
    expect(() => createServices(parseServerEnv(production), 'env-test')).toThrow(InvalidStorageEnvError);
    expect(() => createServices(parseServerEnv(production), 'env-test')).toThrow(
      /shared object storage[\s\S]*STORAGE_LOCAL_IN_PRODUCTION=1/,
    );
    expect(
      parseStorageEnv(
        parseServerEnv({ ...production, STORAGE_DIR: '/srv/rf', STORAGE_LOCAL_IN_PRODUCTION: '1' }),
      ),
    ).toEqual({ kind: 'local', dir: '/srv/rf' });
    const s3 = parseStorageEnv(
      parseServerEnv({
        ...production,
        S3_ENDPOINT: 'https://s3.example.fr',
        S3_BUCKET: 'rf-photos',
        S3_ACCESS_KEY_ID: 'key-id',
        S3_SECRET_ACCESS_KEY: 'secret',
        S3_PUBLIC_URL: 'https://photos.example.fr',
      }),
    );
    expect(s3).toMatchObject({
      kind: 's3',
      s3: { bucket: 'rf-photos', publicBaseUrl: 'https://photos.example.fr' },
    });
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
