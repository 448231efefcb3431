// User-facing text lives in the i18n catalogue (packages/i18n), never in the apps' code (issue 16): an
// English visitor must never meet a French title or message written in a route. This scans the code of both
// apps (comments left out) for French text in strings and JSX: accented letters or the French apostrophe.
// Files not yet moved to the catalogue are listed below, by name: the list may only shrink — a file that
// is clean must leave it, and a file that is not on it must stay clean.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Files that still carry French text, to be moved to the catalogue (issue 16: the admin pages' kit). */
const NOT_YET_IN_THE_CATALOGUE: readonly string[] = [
  'apps/admin/app/directory/routes/lieux.$id.fiche.tsx',
  'apps/admin/app/directory/routes/lieux.$id.fusion.tsx',
  'apps/admin/app/directory/routes/lieux.$id.tsx',
  'apps/admin/app/directory/routes/lieux.import.tsx',
  'apps/admin/app/directory/routes/lieux.tsx',
  'apps/admin/app/identity/routes/equipe.tsx',
  'apps/admin/app/identity/routes/invitations.tsx',
  'apps/admin/app/identity/routes/personnes.$id.tsx',
  'apps/admin/app/identity/routes/personnes.tsx',
  'apps/admin/app/programme/routes/financements.$placeId.tsx',
  'apps/admin/app/programme/routes/financements.conventions.$agreementId.tsx',
  'apps/admin/app/programme/routes/financements.nouvelle.tsx',
  'apps/admin/app/programme/routes/financements.tsx',
  'apps/admin/app/programme/routes/journal.tsx',
  'apps/admin/app/programme/routes/moderation.tsx',
  'apps/admin/app/programme/routes/programme.vagues.tsx',
  'apps/admin/app/reporting/routes/rapports.$id.tsx',
  'apps/admin/app/reporting/routes/rapports.tsx',
  'apps/admin/app/reporting/routes/tableau.$token.tsx',
  'apps/admin/app/reporting/routes/tableaux-de-bord.tsx',
];

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

  it('is nowhere in the apps but the files listed as not yet moved', () => {
    const unexpected = offending.filter((found) => !NOT_YET_IN_THE_CATALOGUE.includes(found.file));
    expect(unexpected).toEqual([]);
  });

  it('has left every listed file that no longer carries any (the list only shrinks)', () => {
    const stillFrench = new Set(offending.map((found) => found.file));
    expect(NOT_YET_IN_THE_CATALOGUE.filter((file) => !stillFrench.has(file))).toEqual([]);
  });
});
