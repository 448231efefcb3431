/** A stored file as read back: its bytes, its media type and its size in bytes. */
export interface StoredObject {
  body: Uint8Array;
  contentType: string;
  size: number;
}

/**
 * The one way the apps keep files (place photos today): a flat space of keys such as
 * `places/<place id>/<uuid>.jpg`. Keys are never reused, so a stored file never changes and may be cached
 * for good.
 */
export interface FileStorage {
  /** Which implementation answers, for the logs and the health page. */
  readonly kind: 'local' | 'supabase' | 's3';
  put(
    key: string,
    body: Uint8Array,
    options: { contentType: string },
  ): Promise<{ key: string; size: number }>;
  /** The file, or null when there is none under this key. */
  get(key: string): Promise<StoredObject | null>;
  /** Deleting a missing key is not an error (a retried delete). */
  delete(key: string): Promise<void>;
  /**
   * Where a browser fetches the file: a path of our apps (the `/medias/*` route) for local files and a
   * private S3 bucket, the bucket's (or its CDN's) public URL otherwise.
   */
  publicUrl(key: string): string;
}

export class InvalidKeyError extends Error {
  constructor(key: string) {
    super(`invalid storage key: ${JSON.stringify(key.slice(0, 80))}`);
  }
}

/**
 * A store that could not do what was asked (not a missing file: `get` answers null for that). `reason`:
 * `credentials` refused, `misconfigured` (no such bucket), or `unavailable` (unreachable, timed out, a
 * server error). The message names what to check and never carries a secret.
 */
export class StorageError extends Error {
  override readonly name = 'StorageError';
  constructor(
    readonly reason: 'credentials' | 'misconfigured' | 'unavailable',
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

const SEGMENT = /^[A-Za-z0-9_-][A-Za-z0-9._-]{0,99}$/;

/**
 * Keys are relative paths of plain segments: no `..`, no absolute path, no backslash, no hidden file, at
 * most 300 characters. Checked before any file system or network access, so a key from a URL can never
 * escape the storage folder.
 */
export function isSafeKey(key: string): boolean {
  if (key.length === 0 || key.length > 300) return false;
  return key.split('/').every((segment) => SEGMENT.test(segment) && !segment.includes('..'));
}

export function assertSafeKey(key: string): void {
  if (!isSafeKey(key)) throw new InvalidKeyError(key);
}

const TYPES_BY_EXTENSION: Record<string, string> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  // Files of the resource library (guides, kits, templates).
  pdf: 'application/pdf',
  zip: 'application/zip',
};

/** The media type a local file is served with, from its extension (keys are made with the right one). */
export function contentTypeOfKey(key: string): string {
  const extension = key.slice(key.lastIndexOf('.') + 1).toLowerCase();
  return TYPES_BY_EXTENSION[extension] ?? 'application/octet-stream';
}
