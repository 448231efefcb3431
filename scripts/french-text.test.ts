// User-facing text lives in the i18n catalogue (packages/i18n), never in the apps' code (issue 16): an
// English visitor must never meet a French title or message written in a route. This scans the code of both
// apps (comments left out) for French text in strings and JSX: accented letters or the French apostrophe.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

const FRENCH = /[éèêëàâîïôûùüçœÉÈÊÀÂÎÔÛÇŒ’]/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'node_modules' || name.startsWith('.') || name === 'build') return [];
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

/** The code without its comments (line, block and JSX comments), strings and JSX text kept. */
export function withoutComments(source: string): string {
  let out = '';
  let quote: string | null = null;
  for (let i = 0; i < source.length; i += 1) {
    const char = source[i] as string;
    const next = source[i + 1];
    if (quote) {
      out += char;
      if (char === '\\') {
        out += next ?? '';
        i += 1;
      } else if (char === quote) quote = null;
    } else if (char === '/' && next === '/' && source[i - 1] !== ':') {
      while (i < source.length && source[i] !== '\n') i += 1;
      out += '\n';
    } else if (char === '/' && next === '*') {
      const end = source.indexOf('*/', i + 2);
      i = end === -1 ? source.length : end + 1;
    } else {
      if (char === "'" || char === '"' || char === '`') quote = char;
      out += char;
    }
  }
  return out;
}

/** The lines of a file that carry French text outside comments. */
export function frenchLines(source: string): string[] {
  return withoutComments(source)
    .split('\n')
    .filter((line) => FRENCH.test(line))
    .map((line) => line.trim());
}

describe('French text outside the catalogue', () => {
  it('finds French in strings and JSX, not in comments', () => {
    expect(frenchLines("// Les lieux\nconst a = 'x';\n/* déjà */\n")).toEqual([]);
    expect(frenchLines("const title = 'Réservation';")).toEqual(["const title = 'Réservation';"]);
    expect(frenchLines('<p>Créneau libre</p>')).toEqual(['<p>Créneau libre</p>']);
    expect(frenchLines("const url = 'https://exemple.fr'; // l’adresse")).toEqual([]);
  });

  const files = ['apps/site/app', 'apps/admin/app'].flatMap((dir) => sourceFiles(join(root, dir)));
  const offending = files
    .map((file) => ({ file: relative(root, file), lines: frenchLines(readFileSync(file, 'utf8')) }))
    .filter((found) => found.lines.length > 0);

  it('is nowhere in the apps', () => {
    expect(offending).toEqual([]);
  });
});
