import { createClient } from '@supabase/supabase-js';
import { assertSafeKey, type FileStorage } from './storage.ts';

export interface SupabaseStorageOptions {
  url: string;
  /** The service role key: the server writes on behalf of the managers it has already authorised. */
  serviceRoleKey: string;
  /** A public bucket: photos are shown to anyone, by their (unguessable) key. */
  bucket: string;
  /** Browsers cache a file this long (keys are never reused). */
  cacheSeconds?: number;
}

interface StorageErrorLike {
  status?: number;
  statusCode?: string;
  message?: string;
}

/** Supabase Storage answers a missing object with 404, or 400 and `statusCode: "404"` (older versions). */
const isNotFound = (error: StorageErrorLike) =>
  error.status === 404 || error.statusCode === '404' || /not.?found/i.test(error.message ?? '');

/** Files in a Supabase Storage bucket, through `supabase-js` (`storage.from(bucket)`). */
export function createSupabaseStorage({
  url,
  serviceRoleKey,
  bucket,
  cacheSeconds = 31_536_000,
}: SupabaseStorageOptions): FileStorage {
  const client = createClient(url, serviceRoleKey, {
    auth: { persistSession: false, autoRefreshToken: false, detectSessionInUrl: false },
  });
  const files = () => client.storage.from(bucket);
  return {
    kind: 'supabase',
    async put(key, body, { contentType }) {
      assertSafeKey(key);
      const { error } = await files().upload(key, body, {
        contentType,
        cacheControl: String(cacheSeconds),
        upsert: true,
      });
      if (error) throw new Error(`Supabase Storage refused the upload of ${key}: ${error.message}`);
      return { key, size: body.byteLength };
    },
    async get(key) {
      assertSafeKey(key);
      const { data, error } = await files().download(key);
      if (error) {
        if (isNotFound(error as StorageErrorLike)) return null;
        throw new Error(`Supabase Storage could not read ${key}: ${error.message}`);
      }
      const body = new Uint8Array(await data.arrayBuffer());
      return { body, contentType: data.type || 'application/octet-stream', size: body.byteLength };
    },
    async delete(key) {
      assertSafeKey(key);
      const { error } = await files().remove([key]);
      if (error && !isNotFound(error as StorageErrorLike))
        throw new Error(`Supabase Storage could not delete ${key}: ${error.message}`);
    },
    publicUrl(key) {
      assertSafeKey(key);
      return files().getPublicUrl(key).data.publicUrl;
    },
  };
}
