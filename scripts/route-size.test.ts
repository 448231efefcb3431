// A route module is a page's entry point: its loader, action, meta, handle and top-level component. When it
// grows past a screenful or two, its parts belong beside it as the context's components and server helpers
// (issue 16, decisions 055 and 056). This keeps every file under the apps' `routes/` folders short.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

const MAX_LINES = 250;

/** Every file below `dir` that sits in a `routes/` folder, at any depth. */
function routeFiles(dir: string, inRoutes = false): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'node_modules' || name.startsWith('.') || name === 'build') return [];
    if (statSync(path).isDirectory()) return routeFiles(path, inRoutes || name === 'routes');
    return inRoutes ? [path] : [];
  });
}

/** Lines as an editor numbers them: a final newline does not open another line. */
export function lineCount(source: string): number {
  if (source === '') return 0;
  return source.replace(/\n$/, '').split('\n').length;
}

describe('route files stay short', () => {
  it('counts lines as wc does', () => {
    expect(lineCount('')).toBe(0);
    expect(lineCount('a\n')).toBe(1);
    expect(lineCount('a\nb')).toBe(2);
    expect(lineCount('a\nb\n')).toBe(2);
  });

  const apps = readdirSync(join(root, 'apps')).filter((name) =>
    statSync(join(root, 'apps', name, 'app'), { throwIfNoEntry: false })?.isDirectory(),
  );
  const files = apps.flatMap((app) => routeFiles(join(root, 'apps', app, 'app')));

  it('finds the route files of every app', () => {
    expect(apps).toEqual(expect.arrayContaining(['admin', 'site']));
    expect(files.length).toBeGreaterThan(0);
  });

  it(`has no route file over ${MAX_LINES} lines`, () => {
    const tooLong = files
      .map((file) => ({ file: relative(root, file), lines: lineCount(readFileSync(file, 'utf8')) }))
      .filter((found) => found.lines > MAX_LINES);
    expect(tooLong).toEqual([]);
  });
});
