export { createStorage, type StorageConfig } from './config.ts';
export { createLocalStorage, DEFAULT_PUBLIC_PATH, type LocalStorageOptions } from './local.ts';
export { storedFileResponse } from './serve.ts';
export {
  assertSafeKey,
  contentTypeOfKey,
  type FileStorage,
  InvalidKeyError,
  isSafeKey,
  type StoredObject,
} from './storage.ts';
export { createSupabaseStorage, type SupabaseStorageOptions } from './supabase.ts';
