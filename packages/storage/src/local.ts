import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import { assertSafeKey, contentTypeOfKey, type FileStorage } from './storage.ts';

export interface LocalStorageOptions {
  /** The folder holding the files (created when missing). */
  root: string;
  /** The path the apps serve files under (a resource route). */
  publicPath?: string;
  /**
   * A read-only folder holding the demo data's files (keys under `demo/`), shipped with the code: read when
   * the storage folder has no such file, never written.
   */
  demoRoot?: string;
}

export const DEFAULT_PUBLIC_PATH = '/medias';

/**
 * Files in a local folder: the embedded default (development, tests, a single-server install). The media
 * type comes from the key's extension, which the caller chose from the bytes it checked.
 */
export function createLocalStorage({
  root,
  publicPath = DEFAULT_PUBLIC_PATH,
  demoRoot,
}: LocalStorageOptions): FileStorage {
  const base = resolve(root);
  const inside = (folder: string, key: string) => {
    assertSafeKey(key);
    const path = resolve(folder, key);
    // Belt and braces: the key check already forbids it, but a file outside the folder is never touched.
    if (!path.startsWith(folder + sep)) throw new Error('storage key escapes the storage folder');
    return path;
  };
  const pathOf = (key: string) => inside(base, key);
  const read = async (path: string) => {
    try {
      return new Uint8Array(await readFile(path));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  };
  return {
    kind: 'local',
    async put(key, body, { contentType }) {
      const path = pathOf(key);
      if (contentTypeOfKey(key) !== contentType)
        throw new Error(`the key's extension does not match ${contentType}`);
      await mkdir(dirname(path), { recursive: true });
      // Written aside then renamed, so a reader never sees half a file.
      const partial = join(dirname(path), `.${randomUUID()}.partial`);
      await writeFile(partial, body);
      await rename(partial, path);
      return { key, size: body.byteLength };
    },
    async get(key) {
      let body = await read(pathOf(key));
      if (!body && demoRoot && key.startsWith('demo/')) body = await read(inside(resolve(demoRoot), key));
      return body ? { body, contentType: contentTypeOfKey(key), size: body.byteLength } : null;
    },
    async delete(key) {
      await rm(pathOf(key), { force: true });
    },
    publicUrl(key) {
      assertSafeKey(key);
      return `${publicPath}/${key}`;
    },
  };
}
