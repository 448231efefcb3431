import type { Locale, MessageKey, Translate } from '@rf/i18n';
import { intlLocales } from '@rf/i18n/core';

/**
 * The sentence that follows a rate-limit message: how long to wait, from the `Retry-After` seconds,
 * rounded up so that trying again at the time said works — in minutes under an hour, else in hours.
 */
export function retryAfterSentence(t: Translate, locale: Locale, seconds: number): string {
  const minutes = Math.max(1, Math.ceil(seconds / 60));
  const [count, keys] =
    minutes < 60
      ? [
          minutes,
          { one: 'errors.retry_after.minutes.one', other: 'errors.retry_after.minutes.other' } as const,
        ]
      : [
          Math.ceil(minutes / 60),
          { one: 'errors.retry_after.hours.one', other: 'errors.retry_after.hours.other' } as const,
        ];
  const key: MessageKey =
    new Intl.PluralRules(intlLocales[locale]).select(count) === 'one' ? keys.one : keys.other;
  return t(key, { count: new Intl.NumberFormat(intlLocales[locale]).format(count) });
}
