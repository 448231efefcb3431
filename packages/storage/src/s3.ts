import {
  DeleteObjectCommand,
  GetObjectCommand,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import { DEFAULT_PUBLIC_PATH } from './local.ts';
import { assertSafeKey, type FileStorage, StorageError } from './storage.ts';

export interface S3StorageOptions {
  /**
   * The S3-compatible service's URL (MinIO, Garage, Cloudflare R2, Scaleway, OVHcloud, Supabase Storage's
   * S3 endpoint…); unset, AWS S3 itself for `region`.
   */
  endpoint?: string;
  /** The region the bucket lives in (`us-east-1` for most S3-compatible servers, `auto` for R2). */
  region: string;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
  /**
   * `https://endpoint/bucket/key` rather than `https://bucket.endpoint/key`: what most self-hosted servers
   * and Supabase's S3 endpoint expect. Defaults to true with an `endpoint`, false on AWS.
   */
  forcePathStyle?: boolean;
  /**
   * Where browsers fetch the files directly, the key appended (a public bucket's URL or a CDN in front of
   * it). Unset, the bucket may stay private: the apps serve files at `publicPath` (the `/medias/*` route),
   * reading them from the bucket.
   */
  publicBaseUrl?: string;
  /** The apps' media route, used when `publicBaseUrl` is unset. */
  publicPath?: string;
  /** Browsers and CDNs cache a file this long (keys are never reused). */
  cacheSeconds?: number;
  /** Per request: a store that does not answer must not hold a page for long. */
  timeoutMs?: number;
}

/** What S3 answers for an access key it does not know, a signature made with the wrong secret, or a key without the right. */
const CREDENTIAL_ERRORS = new Set([
  'InvalidAccessKeyId',
  'SignatureDoesNotMatch',
  'AccessDenied',
  'InvalidToken',
  'ExpiredToken',
]);

/**
 * The error a failed request becomes: a sentence naming the variable to check and S3's error code, never
 * the secret, the signature or the body S3 answered with (they end in logs).
 */
function storageError(error: unknown, action: string, key: string, bucket: string): StorageError {
  if (error instanceof S3ServiceException) {
    const status = error.$metadata.httpStatusCode;
    if (CREDENTIAL_ERRORS.has(error.name) || status === 401 || status === 403)
      return new StorageError(
        'credentials',
        `S3 refused the credentials to ${action} ${key} in bucket ${bucket} (${error.name}): check S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY, and that this key may read and write the bucket`,
        { cause: error },
      );
    if (error.name === 'NoSuchBucket')
      return new StorageError(
        'misconfigured',
        `S3 has no bucket ${bucket} (NoSuchBucket): create it, or check S3_BUCKET and S3_ENDPOINT`,
        { cause: error },
      );
    return new StorageError(
      'unavailable',
      `S3 could not ${action} ${key} in bucket ${bucket} (${error.name}, HTTP ${status ?? '?'})`,
      { cause: error },
    );
  }
  const reason =
    error instanceof Error ? (error.name === 'Error' ? error.message : error.name) : 'unknown error';
  return new StorageError(
    'unavailable',
    `S3 could not be reached to ${action} ${key} (${reason}): check S3_ENDPOINT and that the service is up`,
    { cause: error },
  );
}

const isNotFound = (error: unknown) =>
  error instanceof S3ServiceException &&
  (error.name === 'NoSuchKey' || error.name === 'NotFound' || error.$metadata.httpStatusCode === 404) &&
  error.name !== 'NoSuchBucket';

/**
 * Files in a bucket of any S3-compatible object storage, through the AWS SDK's S3 client: shared by every
 * instance of the apps and the workers (decision 046).
 */
export function createS3Storage({
  endpoint,
  region,
  bucket,
  accessKeyId,
  secretAccessKey,
  forcePathStyle = endpoint !== undefined,
  publicBaseUrl,
  publicPath = DEFAULT_PUBLIC_PATH,
  cacheSeconds = 31_536_000,
  timeoutMs = 10_000,
}: S3StorageOptions): FileStorage {
  const client = new S3Client({
    region,
    ...(endpoint ? { endpoint } : {}),
    forcePathStyle,
    credentials: { accessKeyId, secretAccessKey },
    // Checksums only where S3 requires them: the SDK's default CRC32 trailers (aws-chunked uploads) are
    // refused by several S3-compatible servers.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
    maxAttempts: 3,
    requestHandler: { connectionTimeout: Math.min(timeoutMs, 3_000), requestTimeout: timeoutMs },
  });
  const base = publicBaseUrl?.replace(/\/+$/, '');
  return {
    kind: 's3',
    async put(key, body, { contentType }) {
      assertSafeKey(key);
      try {
        await client.send(
          new PutObjectCommand({
            Bucket: bucket,
            Key: key,
            Body: body,
            ContentType: contentType,
            ContentLength: body.byteLength,
            CacheControl: `public, max-age=${cacheSeconds}, immutable`,
          }),
        );
      } catch (error) {
        throw storageError(error, 'store', key, bucket);
      }
      return { key, size: body.byteLength };
    },
    async get(key) {
      assertSafeKey(key);
      try {
        const object = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
        const body = object.Body ? await object.Body.transformToByteArray() : new Uint8Array();
        return { body, contentType: object.ContentType || 'application/octet-stream', size: body.byteLength };
      } catch (error) {
        if (isNotFound(error)) return null;
        throw storageError(error, 'read', key, bucket);
      }
    },
    async delete(key) {
      assertSafeKey(key);
      try {
        // S3 answers 204 for a key it does not hold: a retried delete succeeds.
        await client.send(new DeleteObjectCommand({ Bucket: bucket, Key: key }));
      } catch (error) {
        if (isNotFound(error)) return;
        throw storageError(error, 'delete', key, bucket);
      }
    },
    publicUrl(key) {
      assertSafeKey(key);
      return base ? `${base}/${key}` : `${publicPath}/${key}`;
    },
  };
}
