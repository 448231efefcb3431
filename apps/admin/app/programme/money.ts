import { useLocale } from '@rf/web/i18n';
import { useMemo } from 'react';

/** Euro amounts from cents in the page's language: "50 000 €", "37 500,50 €" in French; "€50,000" in English. */
export function useEuros(): (cents: number) => string {
  const locale = useLocale();
  return useMemo(() => {
    const whole = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency: 'EUR',
      maximumFractionDigits: 0,
    });
    const withCents = new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' });
    return (cents: number) => (cents % 100 === 0 ? whole : withCents).format(cents / 100);
  }, [locale]);
}

export const sumCents = (amounts: readonly number[]) => amounts.reduce((a, b) => a + b, 0);
