// Translations per route (decision 049): a page's browser receives only the messages its routes declare in
// `handle.i18n`, and a message it shows without having declared it throws in tests and reads as its key in
// production. This reads each site route that declares its messages, and the modules of this app and of
// `@rf/web` (neither its server nor `forms`) it imports, and checks that every message key written there is
// among the root's and the route's messages: `t('…')`, a key in an object, and every key a template such as
// `sharing.usage.${usage}` can make. Keys that only arrive as data (an action's refusal) are listed below.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { catalogueOf, type I18nNeed, messagesFor } from '../packages/i18n/src/index.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const app = join(root, 'apps/site/app');
const catalogue = Object.keys(catalogueOf('fr'));
const known = new Set(catalogue);

/**
 * Keys a page shows that its source does not spell: a procedure's refusal (`errors.<code>`) and a schema's
 * message (`validation.…`) returned by its action. The layout's (`errors.*` of the `errors` namespace) are
 * the root's.
 */
const DATA_KEYS: Record<string, readonly string[]> = {
  'routes/tool.tsx': [
    // reserve, requestLoan (packages/api/src/routers/sharing): the tool is taken, not lendable, needs a training.
    'errors.tool_already_reserved',
    'errors.tool_already_lent',
    'errors.tool_not_lendable',
    'errors.qualification_required',
    // reservationFormInput, requestLoanInput (packages/domain/src/sharing/sharing.schema.ts).
    'validation.sharing.too_long',
    'validation.sharing.date_invalid',
    'validation.sharing.time_invalid',
    'validation.sharing.end_before_start',
    'validation.place_required',
    'validation.invalid',
  ],
};

/** The string literals of `handle.i18n` in a route module (the handles are written as literals). */
export function declaredNeeds(source: string): I18nNeed[] | undefined {
  const handle = /export const handle = \{([\s\S]*?)\} as const satisfies I18nHandle/.exec(source)?.[1];
  const list = handle ? /i18n:\s*\[([\s\S]*?)\]/.exec(handle)?.[1] : undefined;
  if (list === undefined) return undefined;
  return [...list.matchAll(/'([^']+)'/g)].map((match) => match[1] as I18nNeed);
}

/** The keys a module's source names: literal keys, and every key a template literal can make. */
export function keysIn(text: string): string[] {
  // Comments left out: they name keys as examples.
  const source = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  const keys = new Set<string>();
  for (const match of source.matchAll(/(['"`])([a-z][\w.]*)\1/g)) {
    if (known.has(match[2] as string)) keys.add(match[2] as string);
  }
  for (const match of source.matchAll(/`([a-z][\w.]*\$\{[^`]*)`/g)) {
    const parts = (match[1] as string).split(/\$\{[^}]*\}/);
    // `errors.${code}`: a procedure's refusal, data the page receives (`DATA_KEYS`), not every code there is.
    if (parts[0] === 'errors.') continue;
    const quote = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const pattern = new RegExp(`^${parts.map(quote).join('[\\w.]+')}$`);
    for (const key of catalogue) if (pattern.test(key)) keys.add(key);
  }
  return [...keys];
}

/** A module and the modules of this app and of the page kit it imports, transitively. */
function moduleTree(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const source = readFileSync(file, 'utf8');
  for (const match of source.matchAll(/^\s*(?:import|export)\s[^;]*?from\s+'([^']+)'/gm)) {
    const specifier = match[1] as string;
    // The page kit's browser modules (`@rf/web/i18n`, `@rf/web/chrome`…), not its server nor `forms`, whose
    // keys (`errors.${code}`) are an action's answer: see `DATA_KEYS`.
    const kit = /^@rf\/web\/([\w/-]+)$/.exec(specifier)?.[1];
    const serverSide = kit === 'server' || kit === 'forms' || kit?.endsWith('.server');
    if (!specifier.startsWith('.') && (!kit || serverSide)) continue;
    const base = kit ? join(root, 'packages/web/src', kit) : resolve(dirname(file), specifier);
    const found = [base, `${base}.ts`, `${base}.tsx`].find(
      (path) => existsSync(path) && statSync(path).isFile(),
    );
    if (found && !found.includes('/+types/')) moduleTree(found, seen);
  }
  return seen;
}

const rootNeeds = declaredNeeds(readFileSync(join(app, 'root.tsx'), 'utf8')) ?? [];
const routes = readdirSync(join(app, 'routes'))
  .filter((name) => name.endsWith('.tsx'))
  .map((name) => ({ name: `routes/${name}`, source: readFileSync(join(app, 'routes', name), 'utf8') }))
  .map((route) => ({ ...route, needs: declaredNeeds(route.source) }))
  .filter((route): route is typeof route & { needs: I18nNeed[] } => route.needs !== undefined);

describe('every site route declares the messages it shows (decision 049)', () => {
  it('reads the handles', () => {
    expect(rootNeeds).toContain('common');
    expect(routes.map((route) => route.name)).toEqual(
      expect.arrayContaining(['routes/tools.tsx', 'routes/tool.tsx', 'routes/resources.tsx']),
    );
    const source = ['t(`sharing.usage.$', "{tool.usage}`); t('sharing.tool.back')"].join('');
    expect(keysIn(source).sort()).toEqual([
      'sharing.tool.back',
      'sharing.usage.lendable',
      'sharing.usage.on_site',
    ]);
  });

  it.each(routes)('$name', ({ name, needs }) => {
    const messages = messagesFor('fr', [...rootNeeds, ...needs]);
    const used = new Set(DATA_KEYS[name] ?? []);
    for (const file of moduleTree(join(app, name))) {
      for (const key of keysIn(readFileSync(file, 'utf8'))) used.add(key);
    }
    const missing = [...used].filter((key) => !Object.hasOwn(messages, key)).sort();
    expect(missing, `${name} (and ${relative(root, app)} modules it imports)`).toEqual([]);
  });
});
