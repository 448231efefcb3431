import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvCell, spreadsheetText } from './csv.ts';

/** What a person could type in a name, a description, a phone field. */
const HOSTILE_TEXTS = [
  '=HYPERLINK("http://evil.example","x")',
  '@SUM(1)',
  '+33 6 12 34 56 78',
  '-1+1',
  '+1+cmd|calc',
  '\t=1+1',
  '\r=1+1',
  '\n=1+1',
  ' =1+1',
  '\u00a0@SUM(1)',
  '＝1+1',
  '＋33612345678',
] as const;

describe('spreadsheetText', () => {
  it('puts an apostrophe before text a spreadsheet would run as a formula', () => {
    for (const text of HOSTILE_TEXTS) expect(spreadsheetText(text), JSON.stringify(text)).toBe(`'${text}`);
    expect(spreadsheetText('=')).toBe("'=");
    expect(spreadsheetText('-')).toBe("'-");
  });

  it('leaves ordinary text as it is', () => {
    for (const text of [
      'Fabrique du Port',
      'Tiers-lieu des Monts',
      'Café = lieu de rencontre',
      'A+B',
      'contact@konk.test',
      "'déjà cité'",
      '2026-03-31',
      // A signed number is read as that number: the places standard's phone numbers stay valid.
      '+33612345678',
      '-4.1',
      '',
      ' ',
    ]) {
      expect(spreadsheetText(text)).toBe(text);
    }
  });

  it('property: the result never starts like a formula, and is the text itself or the text after one apostrophe', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'grapheme' }),
          fc
            .tuple(
              fc.array(fc.constantFrom(' ', '\t', '\r', '\n', '\u00a0', '=', '+', '-', '@', '＝', "'")),
              fc.string(),
            )
            .map(([start, rest]) => `${start.join('')}${rest}`),
        ),
        (text) => {
          const out = spreadsheetText(text);
          expect(out === text || out === `'${text}`).toBe(true);
          if (!/^[+-]\d+(?:[.,]\d+)?$/.test(out)) expect(out).not.toMatch(/^[\t\r\n]|^\s*[=+\-@＝＋－＠]/);
        },
      ),
    );
  });
});

describe('csvCell', () => {
  it('writes numbers as numbers, negative ones included', () => {
    expect(csvCell(-3.92, ',')).toBe('-3.92');
    expect(csvCell(-1, ';')).toBe('-1');
    expect(csvCell(0, ';')).toBe('0');
    expect(csvCell(null, ';')).toBe('');
    expect(csvCell(undefined, ',')).toBe('');
  });

  it('neutralises then quotes text', () => {
    expect(csvCell('=HYPERLINK("http://evil.example","x")', ',')).toBe(
      `"'=HYPERLINK(""http://evil.example"",""x"")"`,
    );
    expect(csvCell('=A1;B1', ';')).toBe(`"'=A1;B1"`);
    expect(csvCell('-1+1', ';')).toBe("'-1+1");
    expect(csvCell('\t=1+1', ',')).toBe("'\t=1+1");
    expect(csvCell('\r=1+1', ',')).toBe(`"'\r=1+1"`);
    expect(csvCell('Fabrique, du Port', ',')).toBe('"Fabrique, du Port"');
    expect(csvCell('Fabrique, du Port', ';')).toBe('Fabrique, du Port');
  });
});
