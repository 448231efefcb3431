import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/**
 * The repository root, found from the working directory (the site and the admin console are each started
 * in their own app folder, and bundling moves this module, so `import.meta.url` cannot tell).
 */
function repoRoot(): string | null {
  let dir = process.cwd();
  while (!existsSync(join(dir, 'pnpm-workspace.yaml'))) {
    const parent = dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
  return dir;
}

/**
 * Where local files go when STORAGE_DIR is not set: a fresh temporary folder in tests, otherwise
 * `.data/storage` at the repository root, shared by both apps.
 */
export function defaultStorageDir(nodeEnv: string): string {
  if (nodeEnv === 'test') return mkdtempSync(join(tmpdir(), 'rf-storage-'));
  return join(repoRoot() ?? process.cwd(), '.data/storage');
}

/** The folder holding `demo/…`, the demo data's photos shipped with @rf/storage, when it is there. */
export function demoStorageDir(): string | undefined {
  const root = repoRoot();
  return root ? join(root, 'packages/storage') : undefined;
}
