import { describe, expect, it } from 'vitest';
import { formatters } from './format.ts';

// Intl separates thousands and units with narrow no-break spaces in French; compare without caring which.
const spaces = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('formatters', () => {
  const fr = formatters('fr');

  it('writes numbers and percents the French way', () => {
    expect(spaces(fr.number(1234))).toBe('1 234');
    expect(spaces(fr.percent(38))).toBe('38 %');
  });

  it('shows times in Paris time, whatever the server’s time zone', () => {
    // 08:00 UTC in winter is 09:00 in Paris; in summer, 10:00.
    expect(fr.dateTime('2026-11-24T08:00:00Z')).toBe('mardi 24 novembre 2026 à 09:00');
    expect(fr.dateTime('2026-07-07T08:00:00Z')).toBe('mardi 7 juillet 2026 à 10:00');
    expect(fr.time('2026-11-24T08:00:00Z')).toBe('09:00');
  });

  it('writes English dates day first and times on the 24-hour clock, as read in France', () => {
    const en = formatters('en');
    expect(en.time('2026-07-07T13:05:00Z')).toBe('15:05');
    expect(en.shortDateTime('2026-11-24T08:00:00Z')).toBe('24/11/2026, 09:00');
    expect(en.dateTime('2026-11-24T08:00:00Z')).toBe('Tuesday, 24 November 2026 at 09:00');
  });

  it('writes euros from cents, with the cents only when there are some', () => {
    expect(spaces(fr.euros(5_000_000))).toBe('50 000 €');
    expect(spaces(fr.euros(3_750_050))).toBe('37 500,50 €');
    expect(formatters('en').euros(15_000)).toBe('€150');
  });

  it('keeps a calendar date on its day', () => {
    expect(fr.date('2026-01-01')).toBe('1 janvier 2026');
    expect(formatters('en').date('2026-01-01')).toBe('1 January 2026');
  });

  it('picks the plural form of the language', () => {
    const keys = {
      one: 'site.home.sessions.seats_left.one',
      other: 'site.home.sessions.seats_left.other',
    } as const;
    expect(fr.plural(1, keys)).toBe(keys.one);
    expect(fr.plural(2, keys)).toBe(keys.other);
    expect(formatters('en').plural(1, keys)).toBe(keys.one);
  });
});
