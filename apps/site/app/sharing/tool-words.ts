import { useLocale } from '@rf/web/i18n';
import { useMemo } from 'react';

/** "50,00 €" in the page's language, from cents. */
export function useEuros(): (cents: number) => string {
  const locale = useLocale();
  return useMemo(() => {
    const euros = new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' });
    return (cents: number) => euros.format(cents / 100);
  }, [locale]);
}
