import { intlLocales } from '@rf/i18n/core';
import { perLocale } from '@rf/web/format';
import { useLocale } from '@rf/web/i18n';

/** "50,00 €" in the page's language, from cents. */
export function useEuros(): (cents: number) => string {
  return eurosIn(useLocale());
}

const eurosIn = perLocale((locale) => {
  const euros = new Intl.NumberFormat(intlLocales[locale], { style: 'currency', currency: 'EUR' });
  return (cents: number) => euros.format(cents / 100);
});
