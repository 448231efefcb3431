import { PARIS_TIME_ZONE } from '@rf/domain/time/paris';
import type { Locale, MessageKey } from '@rf/i18n';
import { intlLocales } from '@rf/i18n/core';
import { useLocale } from './i18n.tsx';

// The network is in France: times are shown in Paris time, wherever the server or the reader is.

export interface Formatters {
  /** 1 234 */
  number(value: number): string;
  /** 38 % (from a whole percent) */
  percent(value: number): string;
  /** 50 000 € or 37 500,50 € from cents: the cents only when there are some. */
  euros(cents: number): string;
  /** mardi 24 novembre 2026 à 10:00 */
  dateTime(iso: string): string;
  /** 24 novembre 2026 */
  date(iso: string): string;
  /** 24/11/2026 10:00, for dense tables */
  shortDateTime(iso: string): string;
  /** 10:00 */
  time(iso: string): string;
  /** The catalogue key of the plural form the language uses for `count` (`one` or `other`). */
  plural(count: number, keys: { one: MessageKey; other: MessageKey }): MessageKey;
}

/**
 * `make(locale)` built once per language and kept: an \`Intl\` formatter costs far more to build than to use,
 * and a server render asks for one in every card of a list (it was a tenth of a catalogue page's CPU).
 */
export function perLocale<T>(make: (locale: Locale) => T): (locale: Locale) => T {
  const made = new Map<Locale, T>();
  return (locale) => {
    let value = made.get(locale);
    if (value === undefined) {
      value = make(locale);
      made.set(locale, value);
    }
    return value;
  };
}

export const formatters = perLocale((language): Formatters => {
  const locale = intlLocales[language];
  const number = new Intl.NumberFormat(locale);
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const wholeEuros = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: 'EUR',
    maximumFractionDigits: 0,
  });
  const euros = new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' });
  const dateTime = new Intl.DateTimeFormat(locale, {
    timeZone: PARIS_TIME_ZONE,
    dateStyle: 'full',
    timeStyle: 'short',
  });
  const date = new Intl.DateTimeFormat(locale, { timeZone: PARIS_TIME_ZONE, dateStyle: 'long' });
  const shortDateTime = new Intl.DateTimeFormat(locale, {
    timeZone: PARIS_TIME_ZONE,
    dateStyle: 'short',
    timeStyle: 'short',
  });
  const time = new Intl.DateTimeFormat(locale, {
    timeZone: PARIS_TIME_ZONE,
    hour: '2-digit',
    minute: '2-digit',
  });
  const plurals = new Intl.PluralRules(locale);
  // A date without a time (2026-01-01) is a calendar day: read at noon UTC so no time zone moves it.
  const asDate = (iso: string) => new Date(/^\d{4}-\d{2}-\d{2}$/.test(iso) ? `${iso}T12:00:00Z` : iso);
  return {
    number: (value) => number.format(value),
    percent: (value) => percent.format(value / 100),
    euros: (cents) => (cents % 100 === 0 ? wholeEuros : euros).format(cents / 100),
    dateTime: (iso) => dateTime.format(asDate(iso)),
    date: (iso) => date.format(asDate(iso)),
    shortDateTime: (iso) => shortDateTime.format(asDate(iso)),
    time: (iso) => time.format(new Date(iso)),
    plural: (count, keys) => (plurals.select(count) === 'one' ? keys.one : keys.other),
  };
});

/** Numbers and dates in the page's language. */
export function useFormat(): Formatters {
  return formatters(useLocale());
}
