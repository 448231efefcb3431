/**
 * A tiny reader for the static markup that `renderToStaticMarkup` produces (double-quoted attributes,
 * escaped values), enough to check accessibility contracts without a DOM.
 */
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';

export interface Element {
  name: string;
  attrs: Record<string, string>;
  /** Markup between the start tag and the first matching end tag (no nesting of the same tag). */
  inner: string;
  /** Offset of the start tag in the markup. */
  index: number;
}

const VOID = new Set(['input', 'img', 'br', 'hr', 'meta', 'link', 'source', 'col', 'area', 'wbr']);

function decode(value: string): string {
  return value
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

export function render(node: ReactNode): string {
  return renderToStaticMarkup(node);
}

/** Every element, or those with tag `name`, in document order. */
export function elements(html: string, name?: string): Element[] {
  const found: Element[] = [];
  const startTag = /<([a-z][a-z0-9]*)((?:\s+[^\s=/>]+(?:="[^"]*")?)*)\s*\/?>/g;
  for (const match of html.matchAll(startTag)) {
    const tag = match[1] ?? '';
    if (name && tag !== name) continue;
    const attrs: Record<string, string> = {};
    for (const attr of (match[2] ?? '').matchAll(/([^\s=/>]+)(?:="([^"]*)")?/g)) {
      // HTML attribute names are case-insensitive; React writes some in camelCase (autoComplete).
      attrs[(attr[1] ?? '').toLowerCase()] = decode(attr[2] ?? '');
    }
    const after = match.index + match[0].length;
    let inner = '';
    if (!VOID.has(tag)) {
      const end = html.indexOf(`</${tag}>`, after);
      inner = end === -1 ? '' : html.slice(after, end);
    }
    found.push({ name: tag, attrs, inner, index: match.index });
  }
  return found;
}

/** The one element with this id; throws when there is none or more than one. */
export function byId(html: string, id: string): Element {
  const matches = elements(html).filter((element) => element.attrs.id === id);
  if (matches.length !== 1) throw new Error(`expected one element with id "${id}", found ${matches.length}`);
  return matches[0] as Element;
}

/** Text of some markup: tags dropped, entities decoded, spaces collapsed. */
export function text(markup: string): string {
  return decode(markup.replace(/<[^>]+>/g, ''))
    .replace(/\s+/g, ' ')
    .trim();
}

/** The ids listed in an IDREFS attribute (`aria-describedby`, `aria-labelledby`). */
export function idrefs(value: string | undefined): string[] {
  return value ? value.split(/\s+/).filter(Boolean) : [];
}

/**
 * Problems with ids in the markup: duplicated ids, and `for`, `aria-describedby`, `aria-labelledby`,
 * `aria-controls` or in-page `href` pointing to no element.
 */
export function idProblems(html: string): string[] {
  const all = elements(html);
  const counts = new Map<string, number>();
  for (const element of all) {
    const id = element.attrs.id;
    if (id !== undefined) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  const problems: string[] = [];
  for (const [id, count] of counts) if (count > 1) problems.push(`id "${id}" appears ${count} times`);
  for (const element of all) {
    const refs = [
      ...idrefs(element.attrs.for),
      ...idrefs(element.attrs['aria-describedby']),
      ...idrefs(element.attrs['aria-labelledby']),
      ...idrefs(element.attrs['aria-controls']),
    ];
    const href = element.attrs.href;
    if (href?.startsWith('#') && href.length > 1) refs.push(href.slice(1));
    for (const ref of refs) {
      if (!counts.has(ref)) problems.push(`<${element.name}> points to missing id "${ref}"`);
    }
  }
  return problems;
}
