import { PARIS_TIME_ZONE } from '@rf/domain/time/paris';
import { intlLocales } from '@rf/i18n/core';
import { formatters, perLocale } from '@rf/web/format';

// Day headings and times of appointment slots, in Paris time (format.ts has no weekday-and-date format;
// this one stays local to the appointment pages).
export const slotFormatters = perLocale((locale) => {
  const day = new Intl.DateTimeFormat(intlLocales[locale], {
    timeZone: PARIS_TIME_ZONE,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
  });
  return {
    /** `2026-11-26` → « jeudi 26 novembre » (a calendar day, read at noon UTC). */
    day: (isoDay: string) => day.format(new Date(`${isoDay}T12:00:00Z`)),
    /** « 14:30 » */
    time: formatters(locale).time,
  };
});
