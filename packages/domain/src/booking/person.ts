import { parsePhone } from '../contact/phone.ts';

/**
 * A person is recognised by their e-mail address or their phone number, however they typed it, so that
 * one person holds one booking per session. Must agree with `private.person_key` in the database.
 */

/**
 * `06 12 34 56 78`, `06.12.34.56.78`, `+33 6 12 34 56 78`, `+33 (0)6…`, `0033…` → `+33612345678`, and an
 * overseas department's number to its own code (`0690…` → `+590690…`: decision 037); null if unreadable.
 */
export function normalisePhone(raw: string): string | null {
  const parsed = parsePhone(raw);
  return parsed.ok ? parsed.phone.e164 : null;
}

export function normaliseEmail(raw: string): string {
  return raw.trim().toLowerCase();
}

/** `email:…` when there is an e-mail address, else `tel:33…` (the digits of the international number). */
export function personKey(contact: { email?: string | null; phone?: string | null }): string | null {
  const email = contact.email?.trim();
  if (email) return `email:${normaliseEmail(email)}`;
  const phone = contact.phone?.trim();
  if (phone) return `tel:${phone.replace(/[^0-9]/g, '').replace(/^0/, '33')}`;
  return null;
}

/** The longest first name an e-mail repeats (the form takes up to 100 characters: see `bookingInput`). */
export const MAIL_FIRST_NAME_MAX = 40;

/**
 * The first name as e-mails to a person who booked without an account say it ("Bonjour {firstName},"):
 * the only words from an anonymous form that our e-mails carry, so it must not be a way to send any text
 * to any address under the network's name. Only letters (any script, with their accents), spaces,
 * hyphens and apostrophes are kept; anything else (line breaks and other control characters, `<`, `/`,
 * `:`, `.`, `@`, digits…) becomes a space, so no link, address, markup or phone number survives; blanks
 * are collapsed and the result cut at {@link MAIL_FIRST_NAME_MAX} characters. Empty when nothing is left
 * (the e-mail then greets without a name).
 */
export function mailFirstName(raw: string): string {
  const words = raw
    .normalize('NFKC')
    .replace(/[^\p{L}\p{M} '’-]/gu, ' ')
    .replace(/ +/g, ' ')
    .trim();
  const cut = Array.from(words).slice(0, MAIL_FIRST_NAME_MAX).join('').trim();
  return /\p{L}/u.test(cut) ? cut : '';
}
