import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isMobile, landlineOnly, parsePhone } from './phone.ts';

/** Ten-digit national numbers (leading 0) from a prefix and random digits. */
const national = (prefixes: string[]) =>
  fc
    .tuple(
      fc.constantFrom(...prefixes),
      fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 10, maxLength: 10 }),
    )
    .map(([prefix, digits]) => prefix + digits.slice(prefix.length));

// Ranges taken from libphonenumber's metadata (GP/GF/MQ/RE/YT/FR), each prefix followed by any digits.
const departments = [
  {
    name: 'metropole',
    region: 'FR',
    code: '33',
    mobiles: national([
      '060',
      '061',
      '062',
      '064',
      '065',
      '066',
      '067',
      '068',
      '0695',
      '073',
      '075',
      '078',
      '079',
    ]),
    landlines: national(['01', '03', '041', '044', '049', '020', '023', '050', '055']),
  },
  {
    name: 'Guadeloupe',
    region: 'GP',
    code: '590',
    mobiles: national(['0690']),
    landlines: national(['05909']),
  },
  {
    name: 'Guyane',
    region: 'GF',
    code: '594',
    mobiles: national(['06940', '06941', '06942', '06944', '06949']),
    landlines: national(['05940', '05942', '05943', '05949']),
  },
  {
    name: 'Martinique',
    region: 'MQ',
    code: '596',
    mobiles: national(['0696', '0697']),
    landlines: national(['05960', '05963', '05967']),
  },
  {
    name: 'La Réunion',
    region: 'RE',
    code: '262',
    mobiles: national(['0692']),
    landlines: national(['0262']),
  },
  {
    name: 'Mayotte',
    region: 'YT',
    code: '262',
    mobiles: national(['06392', '06396', '06397']),
    landlines: national(['02696']),
  },
] as const;

const separators = fc.constantFrom('', ' ', '.', '-', '\u00a0');

/** The same national number (0XXXXXXXXX) written as residents write it. */
function writings(nationalNumber: string, code: string) {
  const pairs = nationalNumber.match(/\d\d/g) as string[];
  const rest = nationalNumber.slice(1); // without the trunk 0
  return fc.oneof(
    separators.map((s) => pairs.join(s)),
    separators.map((s) => `+${code}${s}${rest}`),
    separators.map((s) => `00${code}${s}${rest.slice(0, 1)}${s}${rest.slice(1).match(/\d\d/g)?.join(s)}`),
    fc.constant(`+${code} (0)${rest}`),
    fc.constant(`  ${pairs.join(' ')}  `),
    fc.constant(`(${pairs[0]}) ${pairs.slice(1).join('-')}`),
  );
}

describe('parsePhone', () => {
  for (const d of departments) {
    it(`gives one E.164 for every writing of a ${d.name} mobile, which may get SMS`, () => {
      fc.assert(
        fc.property(
          d.mobiles.chain((n) => fc.tuple(fc.constant(n), writings(n, d.code), writings(n, d.code))),
          ([n, a, b]) => {
            const expected = `+${d.code}${n.slice(1)}`;
            const first = parsePhone(a);
            const second = parsePhone(b);
            expect(first).toMatchObject({
              ok: true,
              phone: { e164: expected, region: d.region, mobile: true },
            });
            expect(second).toMatchObject({ ok: true, phone: { e164: expected } });
            expect(isMobile(expected)).toBe(true);
          },
        ),
      );
    });

    it(`reads a ${d.name} landline to its E.164, and never as a mobile`, () => {
      fc.assert(
        fc.property(
          d.landlines.chain((n) => fc.tuple(fc.constant(n), writings(n, d.code))),
          ([n, written]) => {
            const result = parsePhone(written);
            expect(result).toMatchObject({
              ok: true,
              phone: { e164: `+${d.code}${n.slice(1)}`, region: d.region, type: 'fixed_line', mobile: false },
            });
            expect(isMobile(written)).toBe(false);
          },
        ),
      );
    });
  }

  it('recognises the overseas departments from the national number', () => {
    const cases: [string, string, string][] = [
      ['0690 12 34 56', '+590690123456', 'GP'],
      ['06 94 20 12 34', '+594694201234', 'GF'],
      ['0696 12 34 56', '+596696123456', 'MQ'],
      ['0697.12.34.56', '+596697123456', 'MQ'],
      ['0692-12-34-56', '+262692123456', 'RE'],
      ['0693 12 34 56', '+262693123456', 'RE'],
      ['0639 40 12 34', '+262639401234', 'YT'],
      ['0590 90 12 34', '+590590901234', 'GP'],
      ['0262 12 34 56', '+262262123456', 'RE'],
      ['0269 60 12 34', '+262269601234', 'YT'],
      ['06 12 34 56 78', '+33612345678', 'FR'],
      ['01 40 12 34 56', '+33140123456', 'FR'],
    ];
    for (const [input, e164, region] of cases) {
      expect(parsePhone(input), input).toMatchObject({ ok: true, phone: { e164, region } });
    }
  });

  it('reads an overseas number written with +33 or 0033 as its department', () => {
    expect(parsePhone('+33 6 90 12 34 56')).toMatchObject({ ok: true, phone: { e164: '+590690123456' } });
    expect(parsePhone('0033 (0)696 12 34 56')).toMatchObject({ ok: true, phone: { e164: '+596696123456' } });
  });

  const digits = (length: number) =>
    fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: length, maxLength: length });

  it('property: a Saint-Barthélemy or Saint-Martin mobile in international form (+590 690…) may get SMS', () => {
    // Saint-Barthélemy (BL) and Saint-Martin (MF) share +590 and its mobile ranges with Guadeloupe:
    // libphonenumber cannot tell them apart and names the main region, GP. What matters is E.164 and "mobile".
    fc.assert(
      fc.property(digits(6), fc.constantFrom('+590 690 ', '+590690', '00590 690 '), (rest, prefix) => {
        expect(parsePhone(`${prefix}${rest.slice(0, 2)} ${rest.slice(2)}`)).toMatchObject({
          ok: true,
          phone: { e164: `+590690${rest}`, region: 'GP', type: 'mobile', mobile: true },
        });
      }),
    );
  });

  it('reads Saint-Barthélemy and Saint-Martin landlines as theirs, never as mobiles', () => {
    // Their fixed ranges (0590 27…, 0590 87…) are told apart from Guadeloupe's; both name BL, the first
    // region libphonenumber lists for them.
    for (const input of ['+590 590 27 12 34', '0590 27 12 34', '+590 590 87 12 34']) {
      expect(parsePhone(input), input).toMatchObject({
        ok: true,
        phone: { region: 'BL', type: 'fixed_line', mobile: false },
      });
    }
    expect(parsePhone('0590 27 12 34')).toMatchObject({ ok: true, phone: { e164: '+590590271234' } });
  });

  it('property: Saint-Pierre-et-Miquelon (+508) mobiles get SMS, its landlines do not', () => {
    fc.assert(
      fc.property(digits(4), fc.constantFrom('55'), (rest, block) => {
        expect(parsePhone(`+508 ${block} ${rest.slice(0, 2)} ${rest.slice(2)}`)).toMatchObject({
          ok: true,
          phone: { e164: `+508${block}${rest}`, region: 'PM', type: 'mobile', mobile: true },
        });
      }),
    );
    fc.assert(
      fc.property(digits(4), fc.constantFrom('41'), (rest, block) => {
        expect(parsePhone(`00508 ${block}${rest}`)).toMatchObject({
          ok: true,
          phone: { e164: `+508${block}${rest}`, region: 'PM', type: 'fixed_line', mobile: false },
        });
      }),
    );
    // Written the national way, a ten-digit 05 08… is a metropolitan landline: +508 needs its code
    // (its own numbers have six digits, and it is not among the ranges tried before the metropole).
    expect(parsePhone('05 08 55 12 34')).toMatchObject({
      ok: true,
      phone: { e164: '+33508551234', region: 'FR', mobile: false },
    });
  });

  it('keeps shared national services (toll-free) in the metropole', () => {
    expect(parsePhone('0800 12 34 56')).toMatchObject({
      ok: true,
      phone: { e164: '+33800123456', region: 'FR', type: 'toll_free', mobile: false },
    });
  });

  it('accepts other countries in international form', () => {
    expect(parsePhone('+32 470 12 34 56')).toMatchObject({
      ok: true,
      phone: { e164: '+32470123456', region: 'BE' },
    });
    expect(parsePhone('+687 75 12 34')).toMatchObject({
      ok: true,
      phone: { e164: '+687751234', mobile: true },
    });
  });

  it('formats the number for display', () => {
    expect(parsePhone('+33612345678')).toMatchObject({
      ok: true,
      phone: { national: '06 12 34 56 78', international: '+33 6 12 34 56 78' },
    });
  });

  it('refuses what is not a phone number, with a stable code', () => {
    expect(parsePhone('')).toEqual({ ok: false, error: 'phone.empty' });
    expect(parsePhone('   ')).toEqual({ ok: false, error: 'phone.empty' });
    expect(parsePhone('06 12')).toEqual({ ok: false, error: 'phone.too_short' });
    expect(parsePhone('06 12 34 56 78 90 12')).toEqual({ ok: false, error: 'phone.too_long' });
    expect(parsePhone('06 12 34 56 78 poste 12')).toEqual({ ok: false, error: 'phone.invalid' });
    expect(parsePhone('camille@example.org')).toEqual({ ok: false, error: 'phone.invalid' });
    expect(parsePhone('07 00 00 00 00')).toEqual({ ok: false, error: 'phone.invalid' });
    expect(isMobile('n’importe quoi')).toBe(false);
  });

  it('never throws, whatever is typed', () => {
    fc.assert(
      fc.property(fc.string(), (input) => {
        const result = parsePhone(input);
        if (result.ok) expect(result.phone.e164).toMatch(/^\+[1-9]\d{5,14}$/);
        else expect(result.error).toMatch(/^phone\./);
      }),
    );
  });
});

describe('landlineOnly', () => {
  it('finds the contact that nothing could reach: a landline and no e-mail', () => {
    expect(landlineOnly({ phone: '02 98 12 34 56' })).toMatchObject({ e164: '+33298123456', mobile: false });
    expect(landlineOnly({ phone: '+33298123456', email: '  ' })).toMatchObject({ e164: '+33298123456' });
    expect(landlineOnly({ phone: '0590 27 12 34', email: null })).toMatchObject({ region: 'BL' });
  });

  it('lets through an e-mail, a mobile (metropole or overseas), or no valid number', () => {
    expect(landlineOnly({ phone: '02 98 12 34 56', email: 'jeanne@example.org' })).toBeNull();
    expect(landlineOnly({ phone: '06 12 34 56 78' })).toBeNull();
    expect(landlineOnly({ phone: '0690 12 34 56' })).toBeNull();
    expect(landlineOnly({ phone: '' })).toBeNull();
    expect(landlineOnly({ phone: 'pas un numéro' })).toBeNull();
    expect(landlineOnly({})).toBeNull();
  });
});
