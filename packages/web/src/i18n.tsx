import { isMessageKey, type Locale, type Translate, translator } from '@rf/i18n';
import { createContext, type ReactNode, useContext, useMemo } from 'react';
import { retryAfterSentence } from './retry-after.ts';

const I18nContext = createContext<{ locale: Locale; t: Translate }>({ locale: 'fr', t: translator('fr') });

export function I18nProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  const value = useMemo(() => ({ locale, t: translator(locale) }), [locale]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** The translator of the page's language: every user-facing sentence goes through it. */
export function useT(): Translate {
  return useContext(I18nContext).t;
}

export function useLocale(): Locale {
  return useContext(I18nContext).locale;
}

/** For keys that arrive as data (action results, schema messages): unknown ones read as a generic error. */
export function useMessage(): (key: string) => string {
  const t = useT();
  return (key) => (isMessageKey(key) ? t(key) : t('errors.unexpected'));
}

/**
 * A form's refusal in words: its message, and when a rate limit refused, how long to wait ("Vous pourrez
 * réessayer dans 40 minutes.").
 */
export function useFailureMessage(): (failure: {
  formError: string | null;
  retryAfter?: number | undefined;
}) => string {
  const { t, locale } = useContext(I18nContext);
  const message = useMessage();
  return (failure) => {
    const text = failure.formError ? message(failure.formError) : '';
    return failure.retryAfter ? `${text} ${retryAfterSentence(t, locale, failure.retryAfter)}`.trim() : text;
  };
}
