export { createStorage, type StorageConfig } from './config.ts';
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
