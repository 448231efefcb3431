// The import restrictions of biome.json keep the dependency direction (domain pure, db below the API, the API
// below the UI, apps away from the database): a rule that never fires (a glob matching nothing, a typo in a
// package name, an import written through a subpath) would look like protection and be none. For every
// restriction read from biome.json itself — so a rule added later is proved too — a probe file importing the
// package is linted by the repo's Biome at the path of a real source file its glob covers, in every
// workspace package the glob covers: each import must be refused with the rule's message, and a clean file at
// the same path must pass. The probes live in a temporary copy of the configuration: nothing is written to
// the tree (Biome reports no lint diagnostics for `--stdin-file-path`).
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const biomeBin = join(root, 'node_modules', '.bin', 'biome');

/** Biome's globs as used here: `**` any depth, `*` and `?` within one segment. */
function globToRegExp(glob: string): RegExp {
  if (/[[\]{}!]/.test(glob)) throw new Error(`glob syntax not understood by this test: ${glob}`);
  let source = '';
  for (let i = 0; i < glob.length; i++) {
    const char = glob[i] ?? '';
    if (glob.startsWith('**/', i)) {
      source += '(?:.*/)?';
      i += 2;
    } else if (glob.startsWith('**', i)) {
      source += '.*';
      i += 1;
    } else if (char === '*') source += '[^/]*';
    else if (char === '?') source += '[^/]';
    else source += char.replace(/[.+^$()|\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`);
}

interface Restriction {
  /** What the probe imports. */
  specifier: string;
  /** Where it comes from in biome.json: a `paths` key, the subpath of one, or a `patterns` group. */
  origin: string;
  message: string;
  importName?: string;
}

interface Override {
  index: number;
  includes: string[];
  restrictions: Restriction[];
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null;

// Plain JSON: the repo's biome.json carries no comments (a comment would make this parse fail loudly).
const config = JSON.parse(readFileSync(join(root, 'biome.json'), 'utf8')) as Json;

function restrictionsOf(ruleConfig: unknown): Restriction[] {
  if (!isObject(ruleConfig) || ruleConfig.level === 'off' || !isObject(ruleConfig.options)) return [];
  const restrictions: Restriction[] = [];
  const paths = isObject(ruleConfig.options.paths) ? ruleConfig.options.paths : {};
  for (const [specifier, value] of Object.entries(paths)) {
    const message = typeof value === 'string' ? value : isObject(value) ? String(value.message) : '';
    const importNames = isObject(value) && Array.isArray(value.importNames) ? value.importNames : [];
    const importName = typeof importNames[0] === 'string' ? importNames[0] : undefined;
    restrictions.push({ specifier, origin: `paths["${specifier}"]`, message, importName });
    // A package is refused with its subpaths (`@rf/db/service`, `@trpc/server/http`): a restriction of the
    // bare name only is bypassed by the first subpath import — and `@rf/web` has nothing but subpaths.
    if (!importName) {
      restrictions.push({ specifier: `${specifier}/probe`, origin: `subpath of "${specifier}"`, message });
    }
  }
  const patterns = Array.isArray(ruleConfig.options.patterns) ? ruleConfig.options.patterns : [];
  for (const pattern of patterns) {
    if (!isObject(pattern) || pattern.importNamePattern !== undefined) continue;
    const group = Array.isArray(pattern.group) ? pattern.group : [pattern.group];
    for (const glob of group) {
      if (typeof glob !== 'string' || glob.startsWith('!')) continue;
      const specifier = glob.replaceAll('**', 'probe/deep').replaceAll('*', 'probe').replaceAll('?', 'p');
      restrictions.push({ specifier, origin: `patterns group "${glob}"`, message: String(pattern.message) });
    }
  }
  return restrictions;
}

const overrides: Override[] = (Array.isArray(config.overrides) ? config.overrides : []).flatMap(
  (override: unknown, index: number) => {
    if (!isObject(override) || !isObject(override.linter) || !isObject(override.linter.rules)) return [];
    const restrictions = Object.values(override.linter.rules).flatMap((group) =>
      isObject(group) ? restrictionsOf(group.noRestrictedImports) : [],
    );
    const includes = Array.isArray(override.includes) ? override.includes.map(String) : [];
    return restrictions.length > 0 ? [{ index, includes, restrictions }] : [];
  },
);

// Real source files, as Biome sees them: the root's `files.includes` exclusions and what git ignores left out.
const filesConfig = isObject(config.files) ? config.files : {};
const excluded = (Array.isArray(filesConfig.includes) ? filesConfig.includes : [])
  .map(String)
  .filter((glob) => glob.startsWith('!'))
  .map((glob) => globToRegExp(glob.slice(1)));
const ignoredNames = new Set(['node_modules', 'build', 'dist', '.react-router', '.turbo', 'coverage']);

function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`;
    if (ignoredNames.has(entry.name) || excluded.some((pattern) => pattern.test(path))) return [];
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|js|jsx|mts|cts|mjs|cjs)$/.test(entry.name) ? [path] : [];
  });
}
const allSources = ['apps', 'packages', 'scripts', 'tests', 'bench']
  .filter((dir) => readdirSync(root).includes(dir))
  .flatMap(sourceFiles)
  .sort();

/** One real file per workspace package (or top folder) the globs cover: the probes take its path. */
function probePaths(includes: string[]): string[] {
  const patterns = includes.map(globToRegExp);
  const byPackage = new Map<string, string>();
  for (const file of allSources.filter((path) => patterns.some((pattern) => pattern.test(path)))) {
    const parts = file.split('/');
    const key =
      parts[0] === 'apps' || parts[0] === 'packages' ? parts.slice(0, 2).join('/') : (parts[0] ?? '');
    if (!byPackage.has(key)) byPackage.set(key, file);
  }
  return [...byPackage.values()];
}

/** Three ways of importing, one per line, so each diagnostic's line says which import it is about. */
const forms = ['import', 're-export', 'dynamic import'] as const;
function probeLine(restriction: Restriction, n: number, form: (typeof forms)[number]): string | undefined {
  const { specifier, importName } = restriction;
  if (form === 'import') {
    return importName
      ? `import { ${importName} as p${n} } from '${specifier}';`
      : `import * as p${n} from '${specifier}';`;
  }
  if (form === 're-export') {
    return importName
      ? `export { ${importName} as q${n} } from '${specifier}';`
      : `export * as q${n} from '${specifier}';`;
  }
  return importName ? undefined : `export const r${n} = () => import('${specifier}');`;
}

interface Probe {
  path: string;
  restriction: Restriction;
  form: (typeof forms)[number];
  line: number;
}

interface Diagnostic {
  severity: string;
  message: string;
  category: string;
  location: { path: string; start: { line: number } };
}

const locations = overrides.map((override) => ({ override, paths: probePaths(override.includes) }));
const probes: Probe[] = [];
const dirtyFiles = new Map<string, string>();
for (const { override, paths } of locations) {
  for (const path of paths) {
    const lines: string[] = [];
    const exported: string[] = [];
    override.restrictions.forEach((restriction, n) => {
      for (const form of forms) {
        const line = probeLine(restriction, n, form);
        if (!line) continue;
        lines.push(line);
        if (form === 'import') exported.push(`p${n}`);
        probes.push({ path, restriction, form, line: lines.length });
      }
    });
    if (exported.length > 0) lines.push(`export { ${exported.join(', ')} };`);
    const previous = dirtyFiles.get(path);
    if (previous !== undefined) {
      throw new Error(`${path} is covered by two overrides: this test cannot tell their probes apart yet`);
    }
    dirtyFiles.set(path, `${lines.join('\n')}\n`);
  }
}

let workDir = '';
const diagnostics = { dirty: [] as Diagnostic[], clean: [] as Diagnostic[] };

function lint(files: Map<string, string>): Diagnostic[] {
  rmSync(join(workDir, 'tree'), { recursive: true, force: true });
  const tree = join(workDir, 'tree');
  mkdirSync(tree, { recursive: true });
  copyFileSync(join(root, 'biome.json'), join(tree, 'biome.json'));
  for (const [path, content] of files) {
    mkdirSync(dirname(join(tree, path)), { recursive: true });
    writeFileSync(join(tree, path), content);
  }
  const result = spawnSync(
    biomeBin,
    ['lint', '--vcs-enabled=false', '--reporter=json', '--max-diagnostics=none', ...files.keys()],
    { cwd: tree, encoding: 'utf8' },
  );
  if (result.error) throw result.error;
  const start = result.stdout.indexOf('{');
  if (start === -1) throw new Error(`Biome printed no report:\n${result.stdout}\n${result.stderr}`);
  const report = JSON.parse(result.stdout.slice(start)) as { diagnostics: Diagnostic[] };
  return report.diagnostics;
}

beforeAll(() => {
  workDir = mkdtempSync(join(tmpdir(), 'rf-lint-rules-'));
  diagnostics.dirty = lint(dirtyFiles);
  diagnostics.clean = lint(
    new Map([...dirtyFiles.keys()].map((path) => [path, 'export const probe = 1;\n'])),
  );
}, 60_000);

afterAll(() => {
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

describe('biome.json import restrictions', () => {
  it('are read from biome.json (the test proves something)', () => {
    expect(overrides.length).toBeGreaterThan(0);
    for (const override of overrides) {
      for (const restriction of override.restrictions) expect(restriction.message).not.toBe('');
    }
  });

  describe.each(
    locations.map(({ override, paths }) => [override.includes.join(', '), override, paths] as const),
  )('override %s', (_name, override, paths) => {
    it('covers real source files (a glob matching nothing protects nothing)', () => {
      expect(paths).not.toEqual([]);
    });

    const cases = probes
      .filter((probe) => paths.includes(probe.path) && override.restrictions.includes(probe.restriction))
      .map(
        (probe) =>
          [probe.restriction.specifier, probe.form, probe.path, probe.restriction.origin, probe] as const,
      );
    it.each(cases)('refuses %s (%s) in %s — %s', (_specifier, _form, _path, _origin, probe) => {
      const found = diagnostics.dirty.filter(
        (d) =>
          d.location.path === probe.path &&
          d.location.start.line === probe.line &&
          d.category.endsWith('/noRestrictedImports'),
      );
      expect(found.map((d) => ({ severity: d.severity, message: d.message }))).toEqual([
        { severity: 'error', message: probe.restriction.message },
      ]);
    });

    it.each(paths)('lets a clean file at %s pass', (path) => {
      const found = diagnostics.clean.filter((d) => d.location.path === path);
      expect(found.map((d) => `${d.category}: ${d.message}`)).toEqual([]);
    });
  });

  it('report no restricted import on a line that has none (each diagnostic is matched to its import)', () => {
    const expected = new Set(probes.map((probe) => `${probe.path}:${probe.line}`));
    const unexpected = diagnostics.dirty.filter(
      (d) =>
        d.category.endsWith('/noRestrictedImports') &&
        !expected.has(`${d.location.path}:${d.location.start.line}`),
    );
    expect(unexpected.map((d) => `${d.location.path}:${d.location.start.line} ${d.message}`)).toEqual([]);
  });
});
