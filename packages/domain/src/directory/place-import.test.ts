import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeCsvBytes } from '../reporting/csv.ts';
import {
  type CommuneRef,
  checkImportLine,
  isValidDateMaj,
  latestDateInFrance,
  planImport,
  readImportFile,
} from './place-import.ts';

const example = readFileSync(new URL('./fixtures/exemple-valide.csv', import.meta.url), 'utf8');
const reims: CommuneRef = { code: '51454', name: 'Reims', postalCodes: ['51100'] };

describe('planImport', () => {
  it('accepts the standard’s valid example and maps it to a place', () => {
    const read = readImportFile(example, 'exemple-valide.csv');
    if (!read.ok) throw new Error(read.error);
    const plan = planImport(read.lines, [reims], new Map());
    expect(plan.rejected).toEqual([]);
    expect(plan.counts).toEqual({ create: 1, update: 0, unchanged: 0, rejected: 0 });
    const place = plan.lines[0]?.place;
    expect(place).toMatchObject({
      externalId: 'structure-1',
      name: 'Anonymal',
      communeCode: '51454',
      kinds: ['TIERS_LIEUX', 'ASSO'],
      email: 'contact@laquincaillerie.tl',
      latitude: 43.52609,
    });
  });

  it('reads the same place from JSON', () => {
    const json = JSON.stringify([
      {
        id: 'j-1',
        pivot: '43493312300029',
        nom: 'Lieu',
        commune: 'Reims',
        code_postal: '51100',
        adresse: '1 rue',
        date_maj: '2024-01-01',
      },
    ]);
    const read = readImportFile(json, 'lieux.json');
    if (!read.ok) throw new Error(read.error);
    // Without an INSEE code, the commune is found by postal code and name.
    expect(planImport(read.lines, [reims], new Map()).lines[0]?.place.communeCode).toBe('51454');
  });

  it('rejects malformed lines with every reason, and repeats of an id', () => {
    const header = 'id,pivot,nom,commune,code_postal,code_insee,adresse,date_maj,services,telephone';
    const csv = [
      header,
      'a,43493312300029,Bon,Reims,51100,51454,1 rue,2024-01-01,,',
      'b,12,Mauvais,Nulle-part,51100,99999,1 rue,2024-01-01,Cuisine,0102',
      'a,43493312300029,Encore,Reims,51100,51454,1 rue,2024-01-01,,',
      'c,43493312300029,,Reims,51100,51454,,2024-01-01,,',
    ].join('\n');
    const read = readImportFile(csv);
    if (!read.ok) throw new Error(read.error);
    const plan = planImport(read.lines, [reims], new Map());
    expect(plan.counts).toEqual({ create: 1, update: 0, unchanged: 0, rejected: 3 });
    const byLine = new Map(plan.rejected.map((r) => [r.line, r.reasons.map((x) => `${x.code}:${x.field}`)]));
    expect(byLine.get(3)).toEqual(
      expect.arrayContaining([
        'standard:pivot',
        'vocabulary:services',
        'format:telephone',
        'format:pivot',
        'commune_unknown:code_insee',
      ]),
    );
    expect(byLine.get(4)).toEqual(['duplicate_id:id']);
    expect(byLine.get(5)).toEqual(['required:nom', 'required:adresse']);
  });

  it('refuses a file without the required columns', () => {
    expect(readImportFile('id,nom\n1,x')).toEqual({
      ok: false,
      error: 'missing_columns',
      detail: 'pivot, commune, code_postal, adresse, date_maj',
    });
  });
});

describe('readImportFile', () => {
  const header = 'id;pivot;nom;commune;code_postal;code_insee;adresse;date_maj';

  it('previews an Excel-made CSV (Windows-1252, semicolons, CRLF) with its accents', () => {
    // What Excel writes for "CSV (séparateur : point-virgule)" on a French Windows: `é`, `è` in Latin-1,
    // `’` as 0x92.
    const bytes = Buffer.concat([
      Buffer.from(`${header}\r\nm-1;43493312300029;Médiathèque de l`, 'latin1'),
      Buffer.from([0x92]),
      Buffer.from('Île;Reims;51100;51454;2 place d', 'latin1'),
      Buffer.from([0x92]),
      Buffer.from('Erlon;2025-12-31\r\n', 'latin1'),
    ]);
    const decoded = decodeCsvBytes(bytes);
    expect(decoded.encoding).toBe('windows-1252');
    const read = readImportFile(decoded.text, 'lieux.csv');
    if (!read.ok) throw new Error(read.error);
    const plan = planImport(read.lines, [reims], new Map(), '2026-12-06');
    expect(plan.rejected).toEqual([]);
    expect(plan.lines[0]?.place).toMatchObject({
      name: 'Médiathèque de l’Île',
      address: '2 place d’Erlon',
      dateMaj: '2025-12-31',
    });
  });

  it('reads a `;`-separated file, a `,` inside a value included, and skips blank lines', () => {
    const csv = `\uFEFF${header}\n\nm-1;43493312300029;Café, lieu;Reims;51100;51454;"1 rue; bât. B";2024-01-01\n;;;;;;;\n`;
    expect(readImportFile(csv)).toEqual({
      ok: true,
      lines: [
        {
          line: 3,
          values: {
            id: 'm-1',
            pivot: '43493312300029',
            nom: 'Café, lieu',
            commune: 'Reims',
            code_postal: '51100',
            code_insee: '51454',
            adresse: '1 rue; bât. B',
            date_maj: '2024-01-01',
          },
        },
      ],
    });
  });

  it('refuses a file with a quote never closed, naming its line, instead of swallowing the rest', () => {
    const csv = [
      'id,pivot,nom,commune,code_postal,adresse,date_maj',
      'a,43493312300029,Lieu A,Reims,51100,1 rue,2024-01-01',
      'b,43493312300029,"Lieu B,Reims,51100,1 rue,2024-01-01',
      'c,43493312300029,Lieu C,Reims,51100,1 rue,2024-01-01',
    ].join('\r\n');
    expect(readImportFile(csv)).toEqual({ ok: false, error: 'unclosed_quote', detail: '3' });
  });
});

describe('date_maj', () => {
  const values = (dateMaj: string) => ({
    id: 'd-1',
    pivot: '43493312300029',
    nom: 'Lieu',
    commune: 'Reims',
    code_postal: '51100',
    code_insee: '51454',
    adresse: '1 rue',
    date_maj: dateMaj,
  });
  const today = '2026-12-06';

  it('keeps the file’s date when it is a real past day written YYYY-MM-DD', () => {
    for (const date of ['2025-12-31', '2024-02-29', today]) {
      const check = checkImportLine(values(date), [reims], today);
      expect(check.ok && check.place.dateMaj, date).toBe(date);
    }
  });

  it('rejects the line with its reason when the date is not one', () => {
    for (const date of [
      '31/12/2025',
      '2025-02-30',
      '2025-13-01',
      '2026-12-07',
      '2025-12-31T10:00:00',
      '20251231',
    ]) {
      expect(checkImportLine(values(date), [reims], today), date).toEqual({
        ok: false,
        reasons: [{ code: 'date', field: 'date_maj', detail: date }],
      });
    }
    const read = readImportFile(`id,pivot,nom,commune,code_postal,code_insee,adresse,date_maj
d-1,43493312300029,Lieu,Reims,51100,51454,1 rue,31/12/2025`);
    if (!read.ok) throw new Error(read.error);
    expect(planImport(read.lines, [reims], new Map(), today).rejected).toEqual([
      {
        line: 2,
        externalId: 'd-1',
        name: 'Lieu',
        reasons: [{ code: 'date', field: 'date_maj', detail: '31/12/2025' }],
      },
    ]);
  });

  it('takes today where it is latest in France', () => {
    // 13:00 UTC is already the next day in Wallis-et-Futuna (UTC+12).
    expect(latestDateInFrance(new Date('2026-12-06T13:00:00Z'))).toBe('2026-12-07');
    expect(latestDateInFrance(new Date('2026-12-06T11:00:00Z'))).toBe('2026-12-06');
    expect(isValidDateMaj('2026-12-07', latestDateInFrance(new Date('2026-12-06T13:00:00Z')))).toBe(true);
  });
});
