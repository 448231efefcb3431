import { PARIS_TIME_ZONE } from '@rf/domain/time/paris';
import { intlLocales, isMessageKey, type Translate } from '@rf/i18n/core';
import { perLocale } from '@rf/web/format';
import { useLocale } from '@rf/web/i18n';

// Words the catalogue's filters and results share: a theme read from its code, and the days and times of
// sessions in Paris time, whatever the visitor's own clock says.

/** A theme code in words when the catalogue has it, else the code itself. */
export function themeLabel(t: Translate, code: string): string {
  const key = `catalogue.theme.${code}`;
  return isMessageKey(key) ? t(key) : code;
}

/** "mardi 24 novembre 2026" for a day heading, "10:00" for times, in Paris time. */
export function useDayFormats() {
  return dayFormats(useLocale());
}

const dayFormats = perLocale((locale) => {
  const day = new Intl.DateTimeFormat(intlLocales[locale], { timeZone: PARIS_TIME_ZONE, dateStyle: 'full' });
  const time = new Intl.DateTimeFormat(intlLocales[locale], {
    timeZone: PARIS_TIME_ZONE,
    timeStyle: 'short',
  });
  return {
    // A calendar day is read at noon UTC so no time zone moves it.
    day: (iso: string) => day.format(new Date(`${iso}T12:00:00Z`)),
    time: (iso: string) => time.format(new Date(iso)),
  };
});
