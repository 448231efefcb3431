// The catalogues, for the server: loaders, actions, mails, jobs and the server render read any message from
// here. A page's browser receives only the messages its routes declare (`messagesFor`, decision 049) and
// translates through `@rf/i18n/core`, which holds no catalogue.
import {
  type I18nNeed,
  type Locale,
  type MessageKey,
  type Messages,
  type Namespace,
  registerMessageKeys,
  type Translate,
  translatorOf,
} from './core.ts';
import { en, enNamespaces } from './en/index.ts';
import { fr, frNamespaces } from './fr/index.ts';

export * from './core.ts';

const catalogues: Record<Locale, Record<MessageKey, string>> = { fr, en };
const namespaceMessages: Record<Locale, Record<Namespace, Readonly<Record<string, string>>>> = {
  fr: frNamespaces,
  en: enNamespaces,
};

registerMessageKeys(fr);

/** One language's whole catalogue (the admin console's pages, which have no budget, receive it whole). */
export function catalogueOf(locale: Locale): Readonly<Record<MessageKey, string>> {
  return catalogues[locale];
}

export function translator(locale: Locale): Translate {
  const catalogue = catalogues[locale];
  return translatorOf(catalogue, (key) => fr[key] ?? key);
}

export function isNamespace(value: unknown): value is Namespace {
  return typeof value === 'string' && Object.hasOwn(frNamespaces, value);
}

const cached = new Map<string, Messages>();

/**
 * The messages of one language that some routes declare: whole namespaces and single keys. The same needs
 * give the same object (a page's messages depend on its routes and language only, so a public page stays the
 * same for every anonymous visitor). An unknown namespace or key is a programming error and throws.
 */
export function messagesFor(locale: Locale, needs: readonly I18nNeed[]): Messages {
  const wanted = [...new Set(needs)].sort();
  const cacheKey = `${locale}:${wanted.join(',')}`;
  const known = cached.get(cacheKey);
  if (known) return known;
  const catalogue = catalogues[locale];
  const messages: Record<string, string> = {};
  for (const need of wanted) {
    if (isNamespace(need)) Object.assign(messages, namespaceMessages[locale][need]);
    else if (Object.hasOwn(catalogue, need)) messages[need] = catalogue[need as MessageKey];
    else throw new Error(`i18n: "${need}" is neither a namespace nor a message key`);
  }
  cached.set(cacheKey, messages);
  return messages;
}
