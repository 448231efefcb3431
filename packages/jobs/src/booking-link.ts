// The private link of a booking and how a place is written in e-mails: shared by the booking procedures
// (which give the link back on the confirmation page) and the e-mails the worker sends later.
import { createHmac, createSecretKey, type KeyObject } from 'node:crypto';
import { PARIS_TIME_ZONE } from '@rf/domain/time/paris';

/** The key as a `KeyObject`, made once per key: importing raw bytes on every booking showed in profiles. */
const keyObjects = new WeakMap<Uint8Array, KeyObject>();
function keyObjectOf(key: Uint8Array): KeyObject {
  let known = keyObjects.get(key);
  if (!known) {
    known = createSecretKey(key);
    keyObjects.set(key, known);
  }
  return known;
}

/**
 * The private link's token is derived from the booking's idempotency key with the server's private-links
 * key (`deriveServerKeys(AUTH_JWT_SECRET).privateLinks`, never the secret itself): a double submit gets the
 * same link back, and the link can be sent again (e.g. after a promotion, in a reminder) while the database
 * keeps only its hash. The idempotency key is random and never shown to anyone but the person booking.
 */
export function bookingToken(linkKey: Uint8Array, idempotencyKey: string): string {
  return createHmac('sha256', keyObjectOf(linkKey)).update(`booking:${idempotencyKey}`).digest('base64url');
}

export function privateLink(siteUrl: string, token: string): string {
  return new URL(`/reservation/${token}`, siteUrl).toString();
}

export function addressLine(place: {
  address: string | null;
  postalCode: string | null;
  commune: string | null;
}): string | null {
  const town = [place.postalCode, place.commune].filter(Boolean).join(' ');
  const line = [place.address, town].filter(Boolean).join(', ');
  return line || null;
}

/** Mail clients of residents show the date as it is written: Paris time, in full, in the person's language. */
const fullDates = {
  fr: new Intl.DateTimeFormat('fr-FR', { timeZone: PARIS_TIME_ZONE, dateStyle: 'full', timeStyle: 'short' }),
  en: new Intl.DateTimeFormat('en-GB', { timeZone: PARIS_TIME_ZONE, dateStyle: 'full', timeStyle: 'short' }),
};

export function mailDate(iso: string, locale: 'fr' | 'en' = 'fr'): string {
  return fullDates[locale].format(new Date(iso));
}
