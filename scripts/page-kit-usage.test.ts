// One page kit (issue 16, decision 055): every page's loader and action goes through `withPageErrors`, so a
// procedure's refusal is answered the one way (sign in, 403, 404, 429) and a database outage is the "try
// again" page, a 503, never a 500 — the session is read from the database before any procedure runs, so an
// action that reads it outside the wrapper throws a 500. Forms are read by `parseForm` (Conform), never by a
// loop over zod's issues, and nothing is cast `as never`. This keeps it so in both apps.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Route exports that must not be wrapped, with why. Keep it short: a new entry needs a reason a reviewer
 * accepts.
 */
const ALLOWED: Record<string, Partial<Record<'loader' | 'action', string>>> = {
  'apps/admin/app/routes/health.ts': {
    loader: 'the probe says itself that the database is down (a JSON 503), it must not become a page',
  },
  'apps/site/app/routes/health.ts': {
    loader: 'the probe says itself that the database is down (a JSON 503), it must not become a page',
  },
  'apps/site/app/routes/public-api.ts': {
    loader: 'the public API answers every error, an outage included, as JSON problems (decision 062)',
    action: 'the public API answers every error, an outage included, as JSON problems (decision 062)',
  },
};

const ROUTE_EXPORTS = ['loader', 'action'] as const;
type RouteExport = (typeof ROUTE_EXPORTS)[number];

/** Every file below `dir` (`.ts`/`.tsx`, tests left out); with `routesOnly`, those in a `routes/` folder. */
function sourceFiles(dir: string, routesOnly: boolean, inRoutes = false): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'node_modules' || name.startsWith('.') || name === 'build' || name === '+types') return [];
    if (statSync(path).isDirectory()) return sourceFiles(path, routesOnly, inRoutes || name === 'routes');
    if (!/\.(ts|tsx)$/.test(name) || /\.test\.tsx?$/.test(name)) return [];
    return !routesOnly || inRoutes ? [path] : [];
  });
}

/** The module a route re-exports from: a path of this repository, or null when it cannot be read. */
export function resolveModule(from: string, specifier: string): string | null {
  const candidates: string[] = [];
  const kit = /^@rf\/web\/routes\/(.+)$/.exec(specifier);
  if (kit) {
    // packages/web's exports: `./routes/*.server` is a `.ts` file, `./routes/*` a `.tsx` one.
    const base = join(root, 'packages/web/src/routes', kit[1] as string);
    candidates.push(kit[1]?.endsWith('.server') ? `${base}.ts` : `${base}.tsx`, `${base}.ts`, `${base}.tsx`);
  } else if (specifier.startsWith('.')) {
    const base = resolve(dirname(from), specifier);
    candidates.push(base, `${base}.ts`, `${base}.tsx`);
  }
  return candidates.find((path) => existsSync(path) && statSync(path).isFile()) ?? null;
}

/** How a module exports `name`: wrapped, re-exported from another module, or something else (or nothing). */
export function exportOf(
  source: string,
  name: string,
):
  | { kind: 'wrapped' }
  | { kind: 'reexport'; from: string; as: string }
  | { kind: 'unwrapped'; line: string }
  | null {
  const declared = new RegExp(
    `^export\\s+(?:async\\s+)?(?:function\\*?|const|let|var)\\s+${name}\\b.*$`,
    'm',
  );
  const found = declared.exec(source);
  if (found) {
    const wrapped = new RegExp(`^export\\s+const\\s+${name}\\s*=\\s*withPageErrors\\(`, 'm');
    return wrapped.test(source) ? { kind: 'wrapped' } : { kind: 'unwrapped', line: found[0].trim() };
  }
  for (const list of source.matchAll(/export\s+(?:type\s+)?\{([^}]*)\}\s*(?:from\s*['"]([^'"]+)['"])?/g)) {
    for (const item of (list[1] as string).split(',')) {
      const [local, exported] = item.trim().split(/\s+as\s+/);
      if ((exported ?? local) !== name || !local) continue;
      if (list[2]) return { kind: 'reexport', from: list[2], as: local };
      // `export { local as name }` of this module: the local must be wrapped where it is made.
      const made = new RegExp(`^(?:export\\s+)?const\\s+${local}\\s*=\\s*withPageErrors\\(`, 'm');
      return made.test(source) ? { kind: 'wrapped' } : { kind: 'unwrapped', line: list[0].trim() };
    }
  }
  return null;
}

/** Why `name` of the module at `file` is not wrapped by `withPageErrors` (following re-exports), or null. */
function unwrappedExport(file: string, name: RouteExport | string, seen = new Set<string>()): string | null {
  if (seen.has(`${file}#${name}`)) return null;
  seen.add(`${file}#${name}`);
  const found = exportOf(readFileSync(file, 'utf8'), name);
  if (!found || found.kind === 'wrapped') return null;
  if (found.kind === 'unwrapped') return `${relative(root, file)}: ${found.line}`;
  const target = resolveModule(file, found.from);
  if (!target) return `${relative(root, file)}: re-exports ${name} from ${found.from}, which cannot be read`;
  return unwrappedExport(target, found.as, seen);
}

/** The lines of a file that read zod's issues by hand or cast `as never`. */
export function handWrittenLines(source: string): string[] {
  return source
    .split('\n')
    .filter((line) => /\.issues\b|\bissue\.path\b|\bas never\b/.test(line))
    .map((line) => line.trim());
}

const apps = readdirSync(join(root, 'apps')).filter((name) =>
  statSync(join(root, 'apps', name, 'app'), { throwIfNoEntry: false })?.isDirectory(),
);
const routeFiles = apps.flatMap((app) => sourceFiles(join(root, 'apps', app, 'app'), true));
const appFiles = apps.flatMap((app) => sourceFiles(join(root, 'apps', app, 'app'), false));

describe('every page on the page kit', () => {
  it('tells a wrapped export from the others, and follows re-exports', () => {
    expect(exportOf('export const action = withPageErrors(async ({ request }) => {', 'action')).toEqual({
      kind: 'wrapped',
    });
    expect(exportOf('export async function action({ request }: Route.ActionArgs) {', 'action')).toEqual({
      kind: 'unwrapped',
      line: 'export async function action({ request }: Route.ActionArgs) {',
    });
    expect(exportOf('export const action = ({ request }) => run(request);', 'action')?.kind).toBe(
      'unwrapped',
    );
    expect(exportOf("export { action, loader } from '@rf/web/routes/sign-in.server';", 'loader')).toEqual({
      kind: 'reexport',
      from: '@rf/web/routes/sign-in.server',
      as: 'loader',
    });
    expect(exportOf("export { action, headers } from './x';", 'loader')).toBeNull();
    expect(
      exportOf('const run = withPageErrors(async () => 1);\nexport { run as action };', 'action'),
    ).toEqual({
      kind: 'wrapped',
    });
    expect(resolveModule(join(root, 'apps/site/app/routes/x.tsx'), '@rf/web/routes/sign-in.server')).toBe(
      join(root, 'packages/web/src/routes/sign-in.server.ts'),
    );
    expect(handWrittenLines('const a = parsed.error.issues[0];\nconst b = 1;\nfoo as never;')).toHaveLength(
      2,
    );
  });

  it('finds the route files of every app', () => {
    expect(apps).toEqual(expect.arrayContaining(['admin', 'site']));
    expect(routeFiles.length).toBeGreaterThan(50);
  });

  it('wraps every route loader and action in withPageErrors (an outage is a 503, never a 500)', () => {
    const unwrapped = routeFiles.flatMap((file) =>
      ROUTE_EXPORTS.filter((name) => !ALLOWED[relative(root, file)]?.[name])
        .map((name) => unwrappedExport(file, name))
        .filter((found): found is string => found !== null),
    );
    expect(unwrapped).toEqual([]);
  });

  it('keeps the allow-list short and true: each entry a route export that exists, with its reason', () => {
    expect(Object.keys(ALLOWED).length).toBeLessThanOrEqual(5);
    for (const [file, exports] of Object.entries(ALLOWED)) {
      const source = readFileSync(join(root, file), 'utf8');
      for (const [name, reason] of Object.entries(exports)) {
        expect(exportOf(source, name), `${file} ${name}`).not.toBeNull();
        expect(reason?.length, `${file} ${name}`).toBeGreaterThan(20);
      }
    }
  });

  it('reads no zod issues by hand and casts nothing `as never` in the apps (parseForm does it)', () => {
    const found = appFiles.flatMap((file) =>
      handWrittenLines(readFileSync(file, 'utf8')).map((line) => `${relative(root, file)}: ${line}`),
    );
    expect(found).toEqual([]);
  });
});
