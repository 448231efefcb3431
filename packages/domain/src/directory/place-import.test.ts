import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv.ts';
import { type CommuneRef, planImport, readImportFile } from './place-import.ts';

const example = readFileSync(new URL('./fixtures/exemple-valide.csv', import.meta.url), 'utf8');
const reims: CommuneRef = { code: '51454', name: 'Reims', postalCodes: ['51100'] };

describe('parseCsv', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks, and CRLF', () => {
    expect(parseCsv('a,"b, c","d ""e"""\r\n"f\ng",h,\r\n')).toEqual([
      { line: 1, fields: ['a', 'b, c', 'd "e"'] },
      { line: 2, fields: ['f\ng', 'h', ''] },
    ]);
  });
});

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
