// The short private link an SMS carries (`/r/<token>`, decision 040) and how a date is written in 160
// characters. The token is derived like the full links (an HMAC of the idempotency key under the
// private-links key, another label): 22 base64url characters, 128 bits, beyond any guessing; the database
// keeps its SHA-256, and the site turns it into the full private link.
import { createHash, createHmac } from 'node:crypto';
import { PARIS_TIME_ZONE } from '@rf/domain/time/paris';

export const SHORT_TOKEN_LENGTH = 22;
export const SHORT_TOKEN_PATTERN = /^[A-Za-z0-9_-]{22}$/;

export function shortToken(
  linkKey: Uint8Array,
  subject: 'booking' | 'appointment',
  idempotencyKey: string,
): string {
  return createHmac('sha256', linkKey)
    .update(`sms:${subject}:${idempotencyKey}`)
    .digest('base64url')
    .slice(0, SHORT_TOKEN_LENGTH);
}

export function shortTokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function shortLink(siteUrl: string, token: string): string {
  return new URL(`/r/${token}`, siteUrl).toString();
}

const shortDateParts = (locale: string) =>
  new Intl.DateTimeFormat(locale, {
    timeZone: PARIS_TIME_ZONE,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
const shortDates = { fr: shortDateParts('fr-FR'), en: shortDateParts('en-GB') };

/** "mar. 8 déc. à 14h00" ("Tue 8 Dec at 14:00"): short, in the resident's time (Paris) and language. */
export function smsDate(iso: string, locale: 'fr' | 'en' = 'fr'): string {
  const parts = Object.fromEntries(
    shortDates[locale].formatToParts(new Date(iso)).map((p) => [p.type, p.value]),
  );
  return locale === 'fr'
    ? `${parts.weekday} ${parts.day} ${parts.month} à ${parts.hour}h${parts.minute}`
    : `${parts.weekday} ${parts.day} ${parts.month} at ${parts.hour}:${parts.minute}`;
}
