/**
 * SMS a resident can afford to read: GSM-7 text (3GPP TS 23.038) of at most 160 septets is ONE SMS, billed
 * once and shown by every phone. One character outside GSM-7 turns the whole message into UCS-2 (70
 * characters per SMS), and beyond 160 septets a message is split into parts of 153, each billed.
 *
 * - `toGsm7` writes French text with GSM-7 characters only (ê → e, œ → oe, ’ → ', « » → ", … → ...).
 * - `isGsm7` / `gsm7Length`: whether a text is GSM-7, and its length in septets (the extension table's
 *   characters, such as € [ ] { } ~ ^ | \, take two: an escape and the character).
 * - `fitSms` builds a message from fixed parts (time, link: never cut) and shortenable parts (a title, a
 *   place's name), shortening the latter with "..." until the whole fits in one SMS.
 */

/** The GSM 7-bit default alphabet (basic character set), in code order; \x1b (escape) excluded. */
const BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';

/** The basic character set extension table: each is sent as escape + character, two septets. */
const EXTENSION = '\f^{}\\[~]|€';

const basic = new Set(BASIC);
const extension = new Set(EXTENSION);

/** Septets of one character, or undefined when GSM-7 cannot send it. */
function septetsOf(char: string): 1 | 2 | undefined {
  if (basic.has(char)) return 1;
  if (extension.has(char)) return 2;
  return undefined;
}

export const SMS_MAX_SEPTETS = 160;

/** Whether every character of `text` is in GSM-7 (basic set or extension table). */
export function isGsm7(text: string): boolean {
  for (const char of text) if (septetsOf(char) === undefined) return false;
  return true;
}

/**
 * Length of a GSM-7 text in septets (extension characters count two). Throws a RangeError on a character
 * outside GSM-7: pass text through `toGsm7` (or check `isGsm7`) first.
 */
export function gsm7Length(text: string): number {
  let length = 0;
  for (const char of text) {
    const septets = septetsOf(char);
    if (septets === undefined) {
      throw new RangeError(`not a GSM-7 character: U+${char.codePointAt(0)?.toString(16).toUpperCase()}`);
    }
    length += septets;
  }
  return length;
}

/**
 * French (and common typographic) characters outside GSM-7, and what is sent instead. Accented capitals and
 * letters in GSM-7 (é è ù ì ò à É Ç Ä Ö Ñ Ü ä ö ñ ü) are kept as they are. `ç` is not in GSM-7 (only `Ç`):
 * it becomes `c`, which reads better in lower-case words than a capital.
 */
const TRANSLITERATION: Record<string, string> = {
  â: 'a',
  á: 'a',
  ã: 'a',
  À: 'A',
  Â: 'A',
  Á: 'A',
  Ã: 'A',
  ç: 'c',
  ê: 'e',
  ë: 'e',
  È: 'E',
  Ê: 'E',
  Ë: 'E',
  î: 'i',
  ï: 'i',
  í: 'i',
  Î: 'I',
  Ï: 'I',
  Ì: 'I',
  Í: 'I',
  ô: 'o',
  ó: 'o',
  õ: 'o',
  Ô: 'O',
  Ò: 'O',
  Ó: 'O',
  Õ: 'O',
  û: 'u',
  ú: 'u',
  Û: 'U',
  Ù: 'U',
  Ú: 'U',
  ÿ: 'y',
  Ÿ: 'Y',
  ł: 'l',
  Ł: 'L',
  œ: 'oe',
  Œ: 'OE',
  '’': "'",
  '‘': "'",
  '‚': "'",
  '′': "'",
  '`': "'",
  '´': "'",
  '«': '"',
  '»': '"',
  '“': '"',
  '”': '"',
  '„': '"',
  '″': '"',
  '…': '...',
  '–': '-',
  '—': '-',
  '‑': '-',
  '−': '-',
  '•': '-',
  '·': '.',
  '\u00a0': ' ',
  '\u202f': ' ',
  '\u2007': ' ',
  '\u2009': ' ',
  '\u200a': ' ',
  '\u2002': ' ',
  '\u2003': ' ',
  '\t': ' ',
  '\u200b': '',
  '\u200d': '',
  '\ufe0f': '',
  '°': 'o',
  '№': 'No',
};

/**
 * `text` written with GSM-7 characters only: French characters transliterated, other accented letters
 * stripped of their accents when that gives a GSM-7 letter, anything else (emoji, other scripts) left out.
 */
export function toGsm7(text: string): string {
  let out = '';
  for (const char of text) {
    if (septetsOf(char) !== undefined) {
      out += char;
      continue;
    }
    const replacement = TRANSLITERATION[char];
    if (replacement !== undefined) {
      out += replacement;
      continue;
    }
    // Other Latin letters with diacritics (ł excepted): the base letter, when it is GSM-7.
    const base = char.normalize('NFD').replace(/\p{M}+/gu, '');
    if (base !== '' && base !== char && isGsm7(base)) out += base;
  }
  return out;
}

/** A piece of an SMS: fixed text (never cut) or text that may be shortened (a title, a place's name). */
export type SmsPart = string | { shorten: string };

export interface FittedSms {
  /** GSM-7 text of at most `limit` septets. */
  text: string;
  septets: number;
  /** Whether a shortenable part had to be cut. */
  shortened: boolean;
}

const ELLIPSIS = '...';

/** `chars` cut to `keep` characters, "..." added when something was cut. */
function render(chars: string[], keep: number): string {
  if (keep >= chars.length) return chars.join('');
  if (keep <= 0) return '';
  return chars.slice(0, keep).join('').trimEnd() + ELLIPSIS;
}

/**
 * Builds one SMS from its parts, in order: every part is written in GSM-7 (`toGsm7`); shortenable parts have
 * their spaces collapsed and, while the message is longer than `limit` septets, the longest of them loses
 * characters from its end and ends with "..." (a part left with nothing disappears). Fixed parts are never
 * touched: when they alone exceed the limit the template is wrong, and a RangeError says so.
 */
export function fitSms(parts: SmsPart[], limit = SMS_MAX_SEPTETS): FittedSms {
  const pieces = parts.map((part) =>
    typeof part === 'string'
      ? { fixed: true as const, text: toGsm7(part) }
      : {
          fixed: false as const,
          chars: [...toGsm7(part.shorten).replace(/\s+/g, ' ').trim()],
          keep: 0,
        },
  );
  const fixedLength = pieces.reduce((n, p) => n + (p.fixed ? gsm7Length(p.text) : 0), 0);
  if (fixedLength > limit) {
    throw new RangeError(`the fixed parts of this SMS take ${fixedLength} septets, more than ${limit}`);
  }
  const shortenable = pieces.filter((p) => !p.fixed);
  // No part can keep more characters than the whole SMS holds: start from there (long input stays cheap).
  for (const p of shortenable) p.keep = Math.min(p.chars.length, limit);
  const lengthOf = (p: (typeof shortenable)[number]) => gsm7Length(render(p.chars, p.keep));
  let total = fixedLength + shortenable.reduce((n, p) => n + lengthOf(p), 0);
  let shortened = false;
  while (total > limit) {
    // The longest shortenable part loses one more character (fixed parts fit, so this ends).
    const longest = shortenable.reduce((a, b) => (lengthOf(b) > lengthOf(a) ? b : a));
    const before = lengthOf(longest);
    longest.keep -= 1;
    shortened = true;
    total += lengthOf(longest) - before;
  }
  const text = pieces.map((p) => (p.fixed ? p.text : render(p.chars, p.keep))).join('');
  return { text, septets: gsm7Length(text), shortened };
}
