import { perLocale } from '@rf/web/format';

// Day headings and times of appointment slots, in Paris time (format.ts has no weekday-and-date or
// time-only formats; these stay local to the appointment pages).
const TIME_ZONE = 'Europe/Paris';

export const slotFormatters = perLocale((locale) => {
  const day = new Intl.DateTimeFormat(locale, {
    timeZone: TIME_ZONE,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
  });
  const time = new Intl.DateTimeFormat(locale, { timeZone: TIME_ZONE, hour: '2-digit', minute: '2-digit' });
  return {
    /** `2026-11-26` → « jeudi 26 novembre » (a calendar day, read at noon UTC). */
    day: (isoDay: string) => day.format(new Date(`${isoDay}T12:00:00Z`)),
    time: (iso: string) => time.format(new Date(iso)),
  };
});
