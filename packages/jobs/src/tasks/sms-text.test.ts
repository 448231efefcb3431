import { gsm7Length, isGsm7 } from '@rf/domain/contact/sms-text';
import { catalogueOf, locales, translator } from '@rf/i18n';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shortLink, smsDate } from '../sms-link.ts';
import { APPOINTMENT_SMS_KINDS } from './appointment-sms.ts';
import { BOOKING_SMS_TEMPLATES } from './booking-sms.ts';
import { smsFromTemplate } from './sms-text.ts';

// Every SMS template, in every language, with the longest real titles (200 characters, the catalogue's
// limit), a long site address and the longest dates, is one GSM-7 SMS of at most 160 characters whose date
// and link are whole (decision 040).
const SMS_KEYS = [
  ...BOOKING_SMS_TEMPLATES.map((template) => `sms.booking.${template}` as const),
  ...APPOINTMENT_SMS_KINDS.map((kind) => `sms.appointment.${kind}` as const),
];
const LONG_SITE = 'https://reseau-des-fabriques-de-territoire.example.fr';
const LINK = shortLink(LONG_SITE, 'Ab3_-Ab3_-Ab3_-Ab3_-Ab');
// The longest dates: a Wednesday in September (« mer. 30 sept. à 23h59 », "Wed 30 Sept at 23:59").
const INSTANTS = ['2026-09-30T21:59:00Z', '2026-12-31T22:59:00Z', '2027-02-03T08:05:00Z'];
const REAL_TITLES = [
  'Faire ses démarches CAF en ligne avec son téléphone portable et FranceConnect',
  'Atelier « Œuvres et âges » : découvrir les musées en ligne, créer un compte Ameli, sécuriser sa boîte mail',
  'É'.repeat(200),
  '🙂📱'.repeat(100),
];

describe('SMS templates', () => {
  it('has templates, each with one {title}, one {date} and one {link}', () => {
    for (const locale of locales) {
      for (const key of SMS_KEYS) {
        for (const placeholder of ['{title}', '{date}', '{link}']) {
          expect(translator(locale)(key).split(placeholder), `${locale} ${key} ${placeholder}`).toHaveLength(
            2,
          );
        }
      }
    }
  });

  it('covers every SMS template of the catalogue (a new one cannot escape the 160-character proof)', () => {
    for (const locale of locales) {
      const keys = Object.keys(catalogueOf(locale)).filter((key) =>
        /^sms\.(booking|appointment)\.[a-z_]+$/.test(key),
      );
      expect([...keys].sort(), locale).toEqual([...SMS_KEYS].sort());
    }
  });

  it('property: every template in every language fits one GSM-7 SMS with its date and link whole', () => {
    const title = fc.oneof(fc.constantFrom(...REAL_TITLES), fc.string({ minLength: 1, maxLength: 200 }));
    fc.assert(
      fc.property(
        fc.constantFrom(...locales),
        fc.constantFrom(...SMS_KEYS),
        fc.constantFrom(...INSTANTS),
        title,
        (locale, key, instant, t) => {
          const date = smsDate(instant, locale);
          const text = smsFromTemplate(translator(locale), key, { title: t, date, link: LINK });
          expect(isGsm7(text)).toBe(true);
          expect(gsm7Length(text)).toBeLessThanOrEqual(160);
          expect(text).toContain(LINK);
          expect(text).toContain(date);
        },
      ),
      { numRuns: 400 },
    );
  });
});
