import { en } from './en/index.ts';
import { fr } from './fr/index.ts';

export const locales = ['fr', 'en'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'fr';

export type MessageKey = keyof typeof fr;
export type MessageParams = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: MessageParams) => string;

const catalogues: Record<Locale, Record<MessageKey, string>> = { fr, en };

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

export function isMessageKey(value: unknown): value is MessageKey {
  return typeof value === 'string' && value in fr;
}

export function translator(locale: Locale): Translate {
  const catalogue = catalogues[locale];
  return (key, params) => {
    const text = catalogue[key] ?? fr[key] ?? key;
    if (!params) return text;
    return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
      name in params ? String(params[name]) : whole,
    );
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
