import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type OpenDataSourceRow, openDataRows, quarterLabel, toOpenDataCsv } from './open-data.ts';

const row = (placeId: string, dimension: string, code: string, participants: number): OpenDataSourceRow => ({
  quarter: '2026-04-01',
  placeId,
  placeName: placeId === 'p1' ? 'Fabrique, du Port' : 'Tiers-lieu des Monts',
  departementCode: '29',
  departementName: 'Finistère',
  dimension,
  code,
  participants,
});

describe('open-data rows', () => {
  it('names quarters as the French statistics do', () => {
    expect(quarterLabel('2026-01-01')).toBe('2026-T1');
    expect(quarterLabel('2026-10-01')).toBe('2026-T4');
  });

  it('adds the département and network levels, and hides a small place with its partners', () => {
    const rows = openDataRows([
      row('p1', 'total', '', 30),
      row('p1', 'genre', 'feminin', 18),
      row('p1', 'genre', 'masculin', 12),
      row('p2', 'total', '', 3),
      row('p2', 'genre', 'feminin', 3),
    ]);
    const get = (niveau: string, idLieu: string, dimension: string, modalite: string) =>
      rows.find(
        (r) =>
          r.niveau === niveau && r.idLieu === idLieu && r.dimension === dimension && r.modalite === modalite,
      )?.participants;
    expect(rows.every((r) => r.trimestre === '2026-T2')).toBe(true);
    expect(rows[0]).toMatchObject({ niveau: 'reseau', dimension: 'total', participants: 33 });
    expect(get('lieu', 'p2', 'total', '')).toBeNull();
    expect(get('lieu', 'p2', 'genre', 'feminin')).toBeNull();
    // 33 in the département minus p1's 30 would give p2's 3: p1's total is hidden too (or the département's).
    expect(get('lieu', 'p1', 'total', '') === null || get('departement', '', 'total', '') === null).toBe(
      true,
    );
    expect(get('lieu', 'p1', 'genre', 'masculin')).toBe(12);
    for (const r of rows) expect(r.participants === null || r.participants >= 5).toBe(true);
  });

  it('writes an RFC 4180 CSV without BOM, a hidden figure empty and marked', () => {
    const csv = toOpenDataCsv(openDataRows([row('p1', 'total', '', 30), row('p2', 'total', '', 2)]));
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe(
      'trimestre,niveau,code_departement,departement,id_lieu,lieu,dimension,modalite,participants,secret_statistique',
    );
    expect(lines).toContain('2026-T2,lieu,29,Finistère,p2,Tiers-lieu des Monts,total,,,oui');
    expect(lines.some((l) => l.startsWith('2026-T2,lieu,29,Finistère,p1,"Fabrique, du Port",total,,'))).toBe(
      true,
    );
  });

  it('neutralises a place name typed like a formula; ordinary names and figures are unchanged', () => {
    const named = (placeId: string, placeName: string, participants: number): OpenDataSourceRow => ({
      ...row(placeId, 'total', '', participants),
      placeName,
    });
    const csv = toOpenDataCsv(
      openDataRows([
        named('p1', '=HYPERLINK("http://evil.example","x")', 30),
        named('p2', '@SUM(1)', 20),
        named('p3', '-1+1', 10),
        named('p4', '\t=1+1', 12),
        named('p5', 'Tiers-lieu des Monts', 15),
      ]),
    );
    const lines = csv.split('\r\n');
    expect(lines).toContain(
      `2026-T2,lieu,29,Finistère,p1,"'=HYPERLINK(""http://evil.example"",""x"")",total,,30,non`,
    );
    expect(lines).toContain("2026-T2,lieu,29,Finistère,p2,'@SUM(1),total,,20,non");
    expect(lines).toContain("2026-T2,lieu,29,Finistère,p3,'-1+1,total,,10,non");
    expect(lines).toContain("2026-T2,lieu,29,Finistère,p4,'\t=1+1,total,,12,non");
    expect(lines).toContain('2026-T2,lieu,29,Finistère,p5,Tiers-lieu des Monts,total,,15,non');
    expect(lines).toContain('2026-T2,reseau,,,,,total,,87,non');
  });

  it('property: no small figure, and no line (place by genre, département by place) gives one away', () => {
    const place = fc.record({
      departement: fc.constantFrom('29', '56'),
      feminin: fc.integer({ min: 0, max: 12 }),
      masculin: fc.integer({ min: 0, max: 12 }),
    });
    fc.assert(
      fc.property(fc.array(place, { minLength: 1, maxLength: 6 }), (places) => {
        const source = places.flatMap((p, i): OpenDataSourceRow[] => {
          const base = { ...row(`p${i}`, 'total', '', 0), departementCode: p.departement };
          const total = p.feminin + p.masculin;
          return [
            { ...base, participants: total },
            { ...base, dimension: 'genre', code: 'feminin', participants: p.feminin },
            { ...base, dimension: 'genre', code: 'masculin', participants: p.masculin },
          ];
        });
        const rows = openDataRows(source);
        const value = (niveau: string, key: string, dimension: string, modalite: string) => {
          const r = rows.find(
            (x) =>
              x.niveau === niveau &&
              (niveau === 'lieu' ? x.idLieu : x.codeDepartement) === key &&
              x.dimension === dimension &&
              x.modalite === modalite,
          );
          return r === undefined ? 0 : r.participants; // absent = 0, null = hidden
        };
        const lonely = (entries: (number | null)[]) => entries.filter((v) => v === null).length === 1;
        for (const r of rows) expect(r.participants === null || r.participants >= 5).toBe(true);
        places.forEach((_, i) => {
          const id = `p${i}`;
          const line = [
            value('lieu', id, 'total', ''),
            ...['feminin', 'masculin'].map((g) => value('lieu', id, 'genre', g)),
          ];
          expect(lonely(line)).toBe(false);
        });
        for (const d of ['29', '56']) {
          for (const [dimension, modalite] of [
            ['total', ''],
            ['genre', 'feminin'],
            ['genre', 'masculin'],
          ] as const) {
            const members = places.flatMap((p, i) =>
              p.departement === d ? [value('lieu', `p${i}`, dimension, modalite)] : [],
            );
            expect(lonely([value('departement', d, dimension, modalite), ...members])).toBe(false);
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});
