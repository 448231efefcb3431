import { describe, expect, it } from 'vitest';
import { createStorage, InvalidStorageEnvError, parseStorageEnv } from './config.ts';

const s3Env = {
  S3_ENDPOINT: 'https://s3.fr-par.scw.cloud',
  S3_REGION: 'fr-par',
  S3_BUCKET: 'rf-photos',
  S3_ACCESS_KEY_ID: 'SCWXXXXXXXXXXXXXXXXX',
  S3_SECRET_ACCESS_KEY: 'secret-key',
};

describe('createStorage', () => {
  it('uses Supabase Storage when a project and a bucket are configured, local files otherwise', () => {
    expect(createStorage({ localRoot: '/tmp/rf-storage-unused' }).kind).toBe('local');
    const supabase = createStorage({
      localRoot: '/tmp/rf-storage-unused',
      supabase: { url: 'https://abcdefghijklmnop.supabase.co', serviceRoleKey: 'key', bucket: 'photos' },
    });
    expect(supabase.kind).toBe('supabase');
    expect(supabase.publicUrl('places/p/a.jpg')).toBe(
      'https://abcdefghijklmnop.supabase.co/storage/v1/object/public/photos/places/p/a.jpg',
    );
  });

  it('uses an S3-compatible bucket when one is configured', () => {
    const choice = parseStorageEnv({ ...s3Env, S3_PUBLIC_URL: 'https://photos.example.fr' });
    const storage = createStorage({ localRoot: '/tmp/rf-storage-unused', ...choice });
    expect(storage.kind).toBe('s3');
    expect(storage.publicUrl('places/p/a.webp')).toBe('https://photos.example.fr/places/p/a.webp');
  });
});

describe('parseStorageEnv', () => {
  it('keeps the local folder by default in development and tests', () => {
    expect(parseStorageEnv({})).toEqual({ kind: 'local' });
    expect(parseStorageEnv({ NODE_ENV: 'test', STORAGE_DIR: '/srv/files' })).toEqual({
      kind: 'local',
      dir: '/srv/files',
    });
  });

  it('refuses the local folder in production unless STORAGE_LOCAL_IN_PRODUCTION=1 says one server is meant', () => {
    for (const env of [
      { NODE_ENV: 'production' },
      { NODE_ENV: 'production', STORAGE_DIR: '/srv/files' },
      { NODE_ENV: 'production', STORAGE_DIR: '/srv/files', STORAGE_LOCAL_IN_PRODUCTION: '0' },
    ]) {
      expect(() => parseStorageEnv(env)).toThrow(InvalidStorageEnvError);
      expect(() => parseStorageEnv(env)).toThrow(
        /production keeps files in shared object storage[\s\S]*S3_BUCKET[\s\S]*SUPABASE_STORAGE_BUCKET[\s\S]*STORAGE_LOCAL_IN_PRODUCTION=1/,
      );
    }
    expect(
      parseStorageEnv({
        NODE_ENV: 'production',
        STORAGE_DIR: '/srv/files',
        STORAGE_LOCAL_IN_PRODUCTION: '1',
      }),
    ).toEqual({ kind: 'local', dir: '/srv/files' });
    expect(parseStorageEnv({ NODE_ENV: 'production', STORAGE_LOCAL_IN_PRODUCTION: 'true' })).toEqual({
      kind: 'local',
    });
    expect(() => parseStorageEnv({ STORAGE_LOCAL_IN_PRODUCTION: 'oui' })).toThrow(
      /STORAGE_LOCAL_IN_PRODUCTION: must be 1 or 0/,
    );
  });

  it('reads an S3-compatible bucket, path-style by default with an endpoint', () => {
    expect(parseStorageEnv({ NODE_ENV: 'production', ...s3Env })).toEqual({
      kind: 's3',
      s3: {
        endpoint: 'https://s3.fr-par.scw.cloud',
        region: 'fr-par',
        bucket: 'rf-photos',
        accessKeyId: 'SCWXXXXXXXXXXXXXXXXX',
        secretAccessKey: 'secret-key',
      },
    });
    const aws = parseStorageEnv({ ...s3Env, S3_ENDPOINT: '', S3_REGION: '', S3_FORCE_PATH_STYLE: 'false' });
    expect(aws).toEqual({
      kind: 's3',
      s3: expect.objectContaining({ region: 'us-east-1', forcePathStyle: false }),
    });
    expect(aws.kind === 's3' && 'endpoint' in aws.s3).toBe(false);
  });

  it('refuses an incomplete or wrong S3 or Supabase configuration, listing every problem', () => {
    expect(() => parseStorageEnv({ S3_BUCKET: 'rf-photos' })).toThrow(
      /S3_ACCESS_KEY_ID: required when S3_BUCKET is set[\s\S]*S3_SECRET_ACCESS_KEY: required/,
    );
    expect(() =>
      parseStorageEnv({
        ...s3Env,
        S3_BUCKET: 'RF_Photos',
        S3_ENDPOINT: 's3.example.fr',
        S3_FORCE_PATH_STYLE: 'maybe',
        S3_PUBLIC_URL: 'ftp://x',
      }),
    ).toThrow(
      /S3_BUCKET: must be a bucket name[\s\S]*S3_ENDPOINT[\s\S]*S3_FORCE_PATH_STYLE[\s\S]*S3_PUBLIC_URL/,
    );
    expect(() => parseStorageEnv({ ...s3Env, SUPABASE_STORAGE_BUCKET: 'photos' })).toThrow(/choose one/);
    expect(() => parseStorageEnv({ NODE_ENV: 'production', SUPABASE_STORAGE_BUCKET: 'photos' })).toThrow(
      /SUPABASE_URL: required[\s\S]*SUPABASE_SERVICE_ROLE_KEY: required/,
    );
    expect(
      parseStorageEnv({
        NODE_ENV: 'production',
        SUPABASE_URL: 'https://abcdefghijklmnop.supabase.co',
        SUPABASE_SERVICE_ROLE_KEY: 'key',
        SUPABASE_STORAGE_BUCKET: 'photos',
      }).kind,
    ).toBe('supabase');
  });
});
