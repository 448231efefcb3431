import type { MessageKey, MessageParams, Messages, Translate } from '@rf/i18n/core';
import type { MetaDescriptor } from 'react-router';

/** A page's `<title>` and description, in the person's language: what a loader returns as `meta`. */
export interface PageMeta {
  title: string;
  description?: string;
  /** A private page (a personal link): kept out of search engines. */
  noindex?: boolean;
  /** Structured data about what the page shows (schema.org JSON-LD), for search engines and agendas. */
  jsonLd?: object;
}

/** A catalogue key, with its placeholders' values when it has some. */
export type MetaText = MessageKey | readonly [MessageKey, MessageParams];

const say = (t: Translate, text: MetaText) => (typeof text === 'string' ? t(text) : t(text[0], text[1]));

/**
 * A page's meta, built from catalogue keys only (no title is ever written in a route): the loader returns
 * `meta: metaOf(t, { title: 'booking.manage.meta_title', noindex: true })` and the route exports
 * `meta = pageMeta`.
 */
export function metaOf(
  t: Translate,
  page: { title: MetaText; description?: MetaText; noindex?: boolean; jsonLd?: object },
): PageMeta {
  const meta: PageMeta = { title: say(t, page.title) };
  if (page.description) meta.description = say(t, page.description);
  if (page.noindex) meta.noindex = true;
  if (page.jsonLd) meta.jsonLd = page.jsonLd;
  return meta;
}

/**
 * The route's `meta` export: the tags of the `meta` its loader returned. Nothing when the loader threw (the
 * error page has its own title).
 */
export function pageMeta({ loaderData }: { loaderData?: { meta: PageMeta } | null | undefined }) {
  const meta = loaderData?.meta;
  if (!meta) return [];
  const tags: MetaDescriptor[] = [{ title: meta.title }];
  if (meta.description) tags.push({ name: 'description', content: meta.description });
  if (meta.noindex) tags.push({ name: 'robots', content: 'noindex' });
  // React Router writes it as `<script type="application/ld+json">`, escaped so no text in it ends the tag.
  // (A schema-dts object is JSON by construction; React Router types it as its own JSON value.)
  if (meta.jsonLd) tags.push({ 'script:ld+json': meta.jsonLd } as MetaDescriptor);
  return tags;
}

/**
 * The `meta` of a page without a loader: its title from the messages the root loader sent (the page's
 * namespace among them, decision 049); nothing when they did not come (the error page has its own title).
 */
export function catalogueMeta(title: MessageKey) {
  return ({ matches }: { matches: ReadonlyArray<{ loaderData?: unknown } | undefined> }) => {
    const messages = (matches[0]?.loaderData as { messages?: Messages } | undefined)?.messages;
    const text = messages?.[title];
    return text ? [{ title: text }] : [];
  };
}
