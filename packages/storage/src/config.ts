import { createLocalStorage } from './local.ts';
import { createS3Storage, type S3StorageOptions } from './s3.ts';
import type { FileStorage } from './storage.ts';
import { createSupabaseStorage, type SupabaseStorageOptions } from './supabase.ts';

export interface StorageConfig {
  /** The local folder (the embedded default). */
  localRoot: string;
  /** Where the demo data's files are shipped (read-only, keys under `demo/`). */
  demoRoot?: string;
  supabase?: { url: string; serviceRoleKey: string; bucket: string };
  s3?: S3StorageOptions;
}

/** An S3-compatible bucket or Supabase Storage when configured, local files otherwise. */
export function createStorage(config: StorageConfig): FileStorage {
  if (config.s3) return createS3Storage(config.s3);
  if (config.supabase) return createSupabaseStorage(config.supabase);
  return createLocalStorage({ root: config.localRoot, demoRoot: config.demoRoot });
}

/** The variables this package reads (the server's environment). */
export interface StorageEnv {
  NODE_ENV?: string | undefined;
  /** The local folder; unset, the caller's default (`.data/storage` at the repository root). */
  STORAGE_DIR?: string | undefined;
  /** `1` (or `true`): production may keep files in the local folder, on one server (decision 046). */
  STORAGE_LOCAL_IN_PRODUCTION?: string | undefined;
  SUPABASE_URL?: string | undefined;
  SUPABASE_SERVICE_ROLE_KEY?: string | undefined;
  SUPABASE_STORAGE_BUCKET?: string | undefined;
  S3_ENDPOINT?: string | undefined;
  S3_REGION?: string | undefined;
  S3_BUCKET?: string | undefined;
  S3_ACCESS_KEY_ID?: string | undefined;
  S3_SECRET_ACCESS_KEY?: string | undefined;
  S3_FORCE_PATH_STYLE?: string | undefined;
  S3_PUBLIC_URL?: string | undefined;
}

/** Which store the environment chose; `local` leaves the folder to the caller (STORAGE_DIR or its default). */
export type StorageChoice =
  | { kind: 'local'; dir?: string }
  | { kind: 's3'; s3: S3StorageOptions }
  | { kind: 'supabase'; supabase: SupabaseStorageOptions };

export class InvalidStorageEnvError extends Error {
  override readonly name = 'InvalidStorageEnvError';
  constructor(readonly issues: string[]) {
    super(`Invalid file storage configuration:\n${issues.map((i) => `  - ${i}`).join('\n')}`);
  }
}

const blank = (value: string | undefined) => (value?.trim() ? value.trim() : undefined);

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

/** `1`/`true`/`yes` or `0`/`false`/`no` (any case); undefined for anything else. */
function flag(value: string | undefined): boolean | undefined {
  if (/^(1|true|yes)$/i.test(value ?? '')) return true;
  if (/^(0|false|no)$/i.test(value ?? '')) return false;
  return undefined;
}

const BUCKET = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;

/**
 * Reads the file storage configuration, every problem listed at once:
 * - `S3_BUCKET` set: an S3-compatible bucket (with S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY, and S3_ENDPOINT
 *   for anything but AWS);
 * - `SUPABASE_STORAGE_BUCKET` set: Supabase Storage (with SUPABASE_URL and SUPABASE_SERVICE_ROLE_KEY);
 * - neither: the local folder, which production refuses unless STORAGE_LOCAL_IN_PRODUCTION=1 says a
 *   single server is meant (a second instance would not see the first one's files).
 */
export function parseStorageEnv(env: StorageEnv): StorageChoice {
  const production = (env.NODE_ENV ?? 'development') === 'production';
  const s3Bucket = blank(env.S3_BUCKET);
  const supabaseBucket = blank(env.SUPABASE_STORAGE_BUCKET);
  const issues: string[] = [];
  const localInProduction = flag(blank(env.STORAGE_LOCAL_IN_PRODUCTION) ?? '0');
  if (localInProduction === undefined)
    issues.push('STORAGE_LOCAL_IN_PRODUCTION: must be 1 or 0 (true or false)');

  if (s3Bucket && supabaseBucket) {
    throw new InvalidStorageEnvError([
      'S3_BUCKET and SUPABASE_STORAGE_BUCKET are both set: choose one file storage',
    ]);
  }

  if (s3Bucket) {
    const endpoint = blank(env.S3_ENDPOINT);
    const accessKeyId = blank(env.S3_ACCESS_KEY_ID);
    const secretAccessKey = blank(env.S3_SECRET_ACCESS_KEY);
    const publicBaseUrl = blank(env.S3_PUBLIC_URL);
    const pathStyle = blank(env.S3_FORCE_PATH_STYLE);
    const forcePathStyle = pathStyle === undefined ? undefined : flag(pathStyle);
    if (!BUCKET.test(s3Bucket)) issues.push('S3_BUCKET: must be a bucket name (a-z, 0-9, . and -)');
    if (endpoint !== undefined && !isHttpUrl(endpoint)) issues.push('S3_ENDPOINT: must be an http(s) URL');
    if (!accessKeyId) issues.push('S3_ACCESS_KEY_ID: required when S3_BUCKET is set');
    if (!secretAccessKey) issues.push('S3_SECRET_ACCESS_KEY: required when S3_BUCKET is set');
    if (pathStyle !== undefined && forcePathStyle === undefined)
      issues.push('S3_FORCE_PATH_STYLE: must be true or false');
    if (publicBaseUrl !== undefined && !isHttpUrl(publicBaseUrl))
      issues.push('S3_PUBLIC_URL: must be an http(s) URL');
    if (issues.length > 0 || !accessKeyId || !secretAccessKey) throw new InvalidStorageEnvError(issues);
    return {
      kind: 's3',
      s3: {
        bucket: s3Bucket,
        region: blank(env.S3_REGION) ?? 'us-east-1',
        accessKeyId,
        secretAccessKey,
        ...(endpoint ? { endpoint } : {}),
        ...(forcePathStyle === undefined ? {} : { forcePathStyle }),
        ...(publicBaseUrl ? { publicBaseUrl } : {}),
      },
    };
  }

  if (supabaseBucket) {
    const url = blank(env.SUPABASE_URL);
    const serviceRoleKey = blank(env.SUPABASE_SERVICE_ROLE_KEY);
    if (!url) issues.push('SUPABASE_URL: required when SUPABASE_STORAGE_BUCKET is set');
    if (!serviceRoleKey)
      issues.push('SUPABASE_SERVICE_ROLE_KEY: required when SUPABASE_STORAGE_BUCKET is set');
    if (issues.length > 0 || !url || !serviceRoleKey) throw new InvalidStorageEnvError(issues);
    return { kind: 'supabase', supabase: { url, serviceRoleKey, bucket: supabaseBucket } };
  }

  if (production && !localInProduction) {
    issues.push(
      'S3_BUCKET: production keeps files in shared object storage, seen by every instance: set S3_BUCKET ' +
        '(with S3_ENDPOINT, S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY) or SUPABASE_STORAGE_BUCKET; to keep ' +
        'them in a local folder on a single server instead, set STORAGE_LOCAL_IN_PRODUCTION=1 (and STORAGE_DIR)',
    );
  }
  if (issues.length > 0) throw new InvalidStorageEnvError(issues);
  const dir = blank(env.STORAGE_DIR);
  return dir ? { kind: 'local', dir } : { kind: 'local' };
}
