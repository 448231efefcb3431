import { isMessageKey, type Locale, type Translate, translator } from '@rf/i18n';
import { createContext, type ReactNode, useContext, useMemo } from 'react';

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
