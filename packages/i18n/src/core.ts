// What both the server and the browser need of the translations, without any catalogue: the types, the locales
// and a translator over the messages a page received (decision 049). A client bundle imports this module only
// (`@rf/i18n/core`); the catalogues themselves (`@rf/i18n`) stay on the server, where every message is at hand.
import type { fr, frNamespaces } from './fr/index.ts';

export const locales = ['fr', 'en'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'fr';

/**
 * Each language's `Intl` locale. English pages are read in France: they write the day before the month and
 * times on the 24-hour clock (en-GB), as the e-mails and SMS do and as the places' own signs say, never
 * "11/24/26, 10:00 AM".
 */
export const intlLocales: Record<Locale, string> = { fr: 'fr-FR', en: 'en-GB' };

export type MessageKey = keyof typeof fr;
export type MessageParams = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: MessageParams) => string;

/** A part of one language's catalogue: what a page receives. */
export type Messages = Partial<Record<MessageKey, string>>;

/** A catalogue source file (`fr/booking.ts` → `booking`), the unit a route asks for. */
export type Namespace = keyof typeof frNamespaces;

/** What a route declares it shows: whole namespaces, or single keys (the root's links to other sections). */
export type I18nNeed = Namespace | MessageKey;

/** The part of a route's `handle` that says which messages its page shows (`handle: { i18n: [...] }`). */
export interface I18nHandle {
  i18n?: readonly I18nNeed[];
  /** The rest of the handle (`cache`, decision 042). */
  readonly [other: string]: unknown;
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/**
 * The keys known here: on the server every key of the catalogue (registered by `@rf/i18n`), in the browser
 * those of the messages the page received (registered by the `I18nProvider`).
 */
const knownKeys = new Set<string>();
/** The message objects already registered: the server hands every page of a route the same (cached) one. */
const registered = new WeakSet<object>();

export function registerMessageKeys(messages: object): void {
  if (registered.has(messages)) return;
  registered.add(messages);
  for (const key of Object.keys(messages)) knownKeys.add(key);
}

/** Whether a string that arrived as data (a code, a schema message) names a message known here. */
export function isMessageKey(value: unknown): value is MessageKey {
  return typeof value === 'string' && knownKeys.has(value);
}

/** `{name}` placeholders filled from `params`; unknown ones stay as written. */
export function fillPlaceholders(text: string, params?: MessageParams): string {
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** A translator over some messages; `missing` decides what a key absent from them reads as. */
export function translatorOf(messages: Messages, missing: (key: MessageKey) => string): Translate {
  return (key, params) => {
    const text = messages[key];
    return fillPlaceholders(text ?? missing(key), params);
  };
}

/** A validation message from a schema is a catalogue key; anything else falls back to a generic sentence. */
export function translateIssue(t: Translate, message: string): string {
  return isMessageKey(message) ? t(message) : t('validation.invalid');
}

/**
 * French first: English only when the person chose it with the language switch (a cookie). The browser's
 * language is not followed, so a shared or borrowed phone set to English still shows the site in French.
 */
export function negotiateLocale(cookieLocale: string | null | undefined): Locale {
  return isLocale(cookieLocale) ? cookieLocale : defaultLocale;
}
