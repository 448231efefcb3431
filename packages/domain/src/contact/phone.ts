import {
  type CountryCode,
  type NumberType,
  type PhoneNumber,
  parsePhoneNumberWithError,
  validatePhoneNumberLength,
} from 'libphonenumber-js/max';

/**
 * Phone numbers as residents type them ("06 12 34 56 78", "+33 6…", "0033…", dots, dashes), validated with
 * libphonenumber's full ("max") metadata so that the number's type is known: only mobile numbers get SMS.
 *
 * France's overseas departments share the national format of the metropole (a leading 0, ten digits) but not
 * its country calling code: 0690 12 34 56 is Guadeloupe (+590), not +33. libphonenumber-js reads a national
 * number with ONE default country, so a number written the national way is tried against the overseas
 * regions first and kept there when their metadata says it is a geographic or mobile number of theirs
 * (Google's ranges, which follow ARCEP's allocations and are updated with the library):
 *   GP +590 (Guadeloupe; BL Saint-Barthélemy and MF Saint-Martin share +590 and its ranges): 0590…, 0690…, 06912…–06913…
 *   GF +594 (Guyane): 0594…, 0694…          MQ +596 (Martinique): 0596…, 0696…, 0697…
 *   RE +262 (La Réunion): 0262…, 0263…, 0692…, 0693…    YT +262 (Mayotte): 0269…, 0639…
 *   and the 07090–07093 mobile blocks opened for the overseas departments.
 * A number written with +33 (or 0033) but which is not a metropolitan number and is one of an overseas
 * region is read as that region's: people often write "+33 6 90…" for a Guadeloupe mobile.
 * Other countries are accepted in international form (+32…, +687…): E.164 is stored for all of them.
 */

/** Overseas regions tried for a number written the national way (with its leading 0), in this order. */
export const OVERSEAS_REGIONS = ['GP', 'GF', 'MQ', 'RE', 'YT'] as const satisfies readonly CountryCode[];

export type PhoneType =
  | 'mobile'
  | 'fixed_line'
  | 'fixed_line_or_mobile'
  | 'voip'
  | 'toll_free'
  | 'premium_rate'
  | 'shared_cost'
  | 'personal_number'
  | 'pager'
  | 'uan'
  | 'voicemail'
  | 'unknown';

export interface Phone {
  /** +33612345678: what is stored and what an SMS provider is given. */
  e164: string;
  /** ISO 3166 region the number belongs to (FR, GP, RE…); null for non-geographic numbers (+800…). */
  region: CountryCode | null;
  /** The number as written in its own country (06 12 34 56 78, 0690 12 34 56). */
  national: string;
  /** The number as written from abroad (+33 6 12 34 56 78). */
  international: string;
  type: PhoneType;
  /** Whether the number can receive SMS (a mobile number). */
  mobile: boolean;
}

/** Stable codes (the i18n catalogue will hold `errors.phone.*`): no French here. */
export type PhoneErrorCode = 'phone.empty' | 'phone.invalid' | 'phone.too_short' | 'phone.too_long';

export type PhoneResult = { ok: true; phone: Phone } | { ok: false; error: PhoneErrorCode };

// Digits, an optional leading +, and the separators people type (spaces of every kind, dots, dashes, slashes,
// brackets). Anything else (letters, "poste 12", two numbers) is refused rather than guessed at.
const ALLOWED = /^\+?[\d\s.\-/()\u00a0\u202f\u2007]+$/;
const SEPARATORS = /[\s.\-/()\u00a0\u202f\u2007]/g;

const TYPES: Record<NumberType & string, PhoneType> = {
  MOBILE: 'mobile',
  FIXED_LINE: 'fixed_line',
  FIXED_LINE_OR_MOBILE: 'fixed_line_or_mobile',
  VOIP: 'voip',
  TOLL_FREE: 'toll_free',
  PREMIUM_RATE: 'premium_rate',
  SHARED_COST: 'shared_cost',
  PERSONAL_NUMBER: 'personal_number',
  PAGER: 'pager',
  UAN: 'uan',
  VOICEMAIL: 'voicemail',
};

function typeOf(number: PhoneNumber): PhoneType {
  const type = number.getType();
  return type ? TYPES[type] : 'unknown';
}

function tryParse(text: string, region: CountryCode): PhoneNumber | undefined {
  try {
    const number = parsePhoneNumberWithError(text, region);
    return number.isValid() ? number : undefined;
  } catch {
    return undefined;
  }
}

/** An overseas region's reading of a national number, when it is a geographic or mobile number there. */
function overseas(national: string): PhoneNumber | undefined {
  for (const region of OVERSEAS_REGIONS) {
    const number = tryParse(national, region);
    // Toll-free, shared-cost and VoIP ranges are shared with the metropole: those stay +33.
    const type = number && typeOf(number);
    if (number && (type === 'mobile' || type === 'fixed_line')) return number;
  }
  return undefined;
}

function toPhone(number: PhoneNumber): Phone {
  const type = typeOf(number);
  return {
    e164: number.number,
    region: number.country ?? null,
    national: number.formatNational(),
    international: number.formatInternational(),
    type,
    mobile: type === 'mobile' || type === 'fixed_line_or_mobile',
  };
}

function lengthError(text: string): PhoneErrorCode {
  const problem = validatePhoneNumberLength(text, 'FR');
  if (problem === 'TOO_SHORT' || problem === 'NOT_A_NUMBER') return 'phone.too_short';
  if (problem === 'TOO_LONG') return 'phone.too_long';
  return 'phone.invalid';
}

/** Reads a phone number typed by a resident (French formats by default) into its E.164 form and type. */
export function parsePhone(input: string): PhoneResult {
  const trimmed = input.trim();
  if (trimmed === '') return { ok: false, error: 'phone.empty' };
  if (!ALLOWED.test(trimmed)) return { ok: false, error: 'phone.invalid' };
  const compact = trimmed.replace(SEPARATORS, '');
  if (compact === '' || compact === '+') return { ok: false, error: 'phone.empty' };

  // International forms: +33…, 0033…, +590…, 00590… (and any other country).
  const international = compact.startsWith('+') || compact.startsWith('00');
  if (international) {
    const number = tryParse(compact, 'FR');
    if (number) return { ok: true, phone: toPhone(number) };
    // "+33 6 90 12 34 56": not a metropolitan number, but a Guadeloupe mobile written with +33.
    const afterPlus33 = /^(?:\+|00)33(?:0)?(\d{9})$/.exec(compact)?.[1];
    const overseasNumber = afterPlus33 && overseas(`0${afterPlus33}`);
    if (overseasNumber) return { ok: true, phone: toPhone(overseasNumber) };
    return { ok: false, error: lengthError(compact) };
  }

  // National forms: an overseas department's range first, then the metropole.
  const overseasNumber = overseas(compact);
  if (overseasNumber) return { ok: true, phone: toPhone(overseasNumber) };
  const number = tryParse(compact, 'FR');
  if (number) return { ok: true, phone: toPhone(number) };
  return { ok: false, error: lengthError(compact) };
}

/** Whether a stored (E.164) or typed number may get SMS: a valid mobile number. */
export function isMobile(input: string): boolean {
  const result = parsePhone(input);
  return result.ok && result.phone.mobile;
}

/**
 * The phone number when it is the person's only contact and can get no SMS (a landline, a toll-free
 * number…): nothing the platform sends would ever reach them, so the booking forms ask before booking.
 * Null when an e-mail is given, when the number gets SMS, or when there is no valid number at all.
 */
export function landlineOnly(contact: { email?: string | null; phone?: string | null }): Phone | null {
  if (contact.email?.trim() || !contact.phone) return null;
  const result = parsePhone(contact.phone);
  return result.ok && !result.phone.mobile ? result.phone : null;
}
