import { intlLocales } from '@rf/i18n/core';
import { perLocale } from '@rf/web/format';
import { useLocale } from '@rf/web/i18n';

/** Euro amounts from cents in the page's language: "50 000 €", "37 500,50 €" in French; "€50,000" in English. */
export function useEuros(): (cents: number) => string {
  return euros(useLocale());
}

// Built once per language (decision 057): `useMemo` still built them at every server render.
const euros = perLocale((locale) => {
  const whole = new Intl.NumberFormat(intlLocales[locale], {
    style: 'currency',
    currency: 'EUR',
    maximumFractionDigits: 0,
  });
  const withCents = new Intl.NumberFormat(intlLocales[locale], { style: 'currency', currency: 'EUR' });
  return (cents: number) => (cents % 100 === 0 ? whole : withCents).format(cents / 100);
});

export const sumCents = (amounts: readonly number[]) => amounts.reduce((a, b) => a + b, 0);
