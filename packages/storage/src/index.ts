export {
  createStorage,
  InvalidStorageEnvError,
  parseStorageEnv,
  type StorageChoice,
  type StorageConfig,
  type StorageEnv,
} from './config.ts';
export { createLocalStorage, DEFAULT_PUBLIC_PATH, type LocalStorageOptions } from './local.ts';
export {
  deletePhoto,
  PHOTO_CONTENT_TYPE,
  PHOTO_WIDTHS,
  type PhotoRendition,
  photoKeys,
  photoRenditions,
  photoSources,
  renderPhoto,
  renditionWidths,
  storePhoto,
  UnreadablePhotoError,
} from './photos.ts';
export { createS3Storage, type S3StorageOptions } from './s3.ts';
export { storedFileResponse } from './serve.ts';
export {
  assertSafeKey,
  contentTypeOfKey,
  type FileStorage,
  InvalidKeyError,
  isSafeKey,
  StorageError,
  type StoredObject,
} from './storage.ts';
export { createSupabaseStorage, type SupabaseStorageOptions } from './supabase.ts';
