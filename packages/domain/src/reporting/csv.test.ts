import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeCsvBytes, readCsv, spreadsheetText, toCsv } from './csv.ts';

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

describe('toCsv', () => {
  const cell = (value: string | number | null | undefined, separator: ',' | ';') =>
    toCsv([[value]], separator).replace(/\r\n$/, '');

  it('writes numbers as numbers, negative ones included', () => {
    expect(cell(-3.92, ',')).toBe('-3.92');
    expect(cell(-1, ';')).toBe('-1');
    expect(cell(0, ';')).toBe('0');
    expect(cell(null, ';')).toBe('');
    expect(cell(undefined, ',')).toBe('');
  });

  it('neutralises then quotes text', () => {
    expect(cell('=HYPERLINK("http://evil.example","x")', ',')).toBe(
      `"'=HYPERLINK(""http://evil.example"",""x"")"`,
    );
    expect(cell('=A1;B1', ';')).toBe(`"'=A1;B1"`);
    expect(cell('-1+1', ';')).toBe("'-1+1");
    expect(cell('\t=1+1', ',')).toBe("'\t=1+1");
    expect(cell('\r=1+1', ',')).toBe(`"'\r=1+1"`);
    expect(cell('a\nb', ';')).toBe('"a\nb"');
    expect(cell('Fabrique, du Port', ',')).toBe('"Fabrique, du Port"');
    expect(cell('Fabrique, du Port', ';')).toBe('Fabrique, du Port');
  });

  it('ends every row with CRLF, an empty row being an empty line', () => {
    expect(toCsv([['a', 1], [], ['b', null]], ';')).toBe('a;1\r\n\r\nb;\r\n');
    expect(toCsv([], ',')).toBe('');
  });

  it('property: reads back as the neutralised text', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string({ unit: 'grapheme' }), { minLength: 2, maxLength: 4 }), {
          minLength: 1,
          maxLength: 5,
        }),
        fc.constantFrom<',' | ';'>(',', ';'),
        (rows, separator) => {
          // The reader skips lines of blanks only, and gives every line end as `\n`.
          const kept = rows.filter((row) => row.some((v) => spreadsheetText(v).trim() !== ''));
          const read = readCsv(`h${separator}h\r\n${toCsv(kept, separator)}`);
          if (!read.ok) throw new Error(read.error);
          expect(read.records.slice(1).map((r) => r.fields)).toEqual(
            kept.map((row) => row.map((v) => spreadsheetText(v).replace(/\r\n?/g, '\n'))),
          );
        },
      ),
    );
  });
});

describe('readCsv', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks, CRLF, and the line each starts on', () => {
    expect(readCsv('a,"b, c","d ""e"""\r\n"f\r\ng",h,\r\ni,j\r\n')).toEqual({
      ok: true,
      separator: ',',
      records: [
        { line: 1, fields: ['a', 'b, c', 'd "e"'] },
        { line: 2, fields: ['f\ng', 'h', ''] },
        { line: 4, fields: ['i', 'j'] },
      ],
    });
  });

  it('finds `;` on the header line, strips the BOM, skips blank lines and lines of separators', () => {
    expect(readCsv('\uFEFFid;nom;adresse\n\n1;Café, bar;"2; rue"\n;;\n  \n2;Lieu\n')).toEqual({
      ok: true,
      separator: ';',
      records: [
        { line: 1, fields: ['id', 'nom', 'adresse'] },
        { line: 3, fields: ['1', 'Café, bar', '2; rue'] },
        { line: 6, fields: ['2', 'Lieu'] },
      ],
    });
  });

  it('names the line of a quote never closed, instead of swallowing the rest of the file', () => {
    expect(readCsv('id,nom\n1,"Lieu\n2,Autre\n3,"Fin"\n')).toEqual({
      ok: false,
      error: 'unclosed_quote',
      line: 2,
    });
    expect(readCsv('id,nom\r\n1,"a\r\nb"\r\n2,"Lieu\r\n3,x\r\n')).toEqual({
      ok: false,
      error: 'unclosed_quote',
      line: 4,
    });
  });

  it('names the line of a misplaced quote', () => {
    expect(readCsv('id,nom\n1,ok\n2,La "Fabrique"\n')).toEqual({ ok: false, error: 'bad_quote', line: 3 });
    expect(readCsv('id,nom\n1,"La" Fabrique\n')).toEqual({ ok: false, error: 'bad_quote', line: 2 });
  });
});

describe('decodeCsvBytes', () => {
  it('reads UTF-8, with or without BOM', () => {
    const utf8 = Buffer.from('nom\nMédiathèque l’Île\n', 'utf8');
    expect(decodeCsvBytes(utf8)).toEqual({ text: 'nom\nMédiathèque l’Île\n', encoding: 'utf-8' });
    expect(decodeCsvBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8]))).toEqual({
      text: 'nom\nMédiathèque l’Île\n',
      encoding: 'utf-8',
    });
  });

  it('reads what is not UTF-8 as Windows-1252, what Excel writes', () => {
    // `’` is 0x92 and `€` 0x80 in Windows-1252, control characters in Latin-1.
    const excel = Buffer.concat([Buffer.from('Médiathèque l', 'latin1'), Buffer.from([0x92, 0x80])]);
    expect(decodeCsvBytes(excel)).toEqual({ text: 'Médiathèque l’€', encoding: 'windows-1252' });
  });
});
