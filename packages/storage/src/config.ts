import { createLocalStorage } from './local.ts';
import type { FileStorage } from './storage.ts';
import { createSupabaseStorage } from './supabase.ts';

export interface StorageConfig {
  /** The local folder (the embedded default). */
  localRoot: string;
  /** Where the demo data's files are shipped (read-only, keys under `demo/`). */
  demoRoot?: string;
  supabase?: { url: string; serviceRoleKey: string; bucket: string };
}

/** Supabase Storage when a project and a bucket are configured, local files otherwise. */
export function createStorage(config: StorageConfig): FileStorage {
  return config.supabase
    ? createSupabaseStorage(config.supabase)
    : createLocalStorage({ root: config.localRoot, demoRoot: config.demoRoot });
}
