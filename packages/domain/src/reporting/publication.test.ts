import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DashboardScope } from './dashboard.ts';
import { openDataFromPublication, quarterLabel } from './open-data.ts';
import {
  cellId,
  entityKeys,
  type PublicationPlace,
  type PublicationSourceRow,
  publishActivity,
  publishedDashboard,
  quarterEnd,
  quarterTable,
  TERRITORY,
} from './publication.ts';

// Decision 038: observers' dashboards (and their exports), share links and the open-data file read one
// publication. The property publishes everything all three can see for the same quarters and checks,
// with an exact oracle over every quarter's lines and every figure shown, that no cell of 1 to 4 people is
// shown or can be computed from them together.

const QUARTERS = ['2026-01-01', '2026-04-01'];
const REGION: Record<string, string> = { '29': '53', '56': '53', '44': '52' };

const person = fc.record({
  genre: fc.constantFrom('masculin', 'feminin', 'non_renseigne'),
  age: fc.constantFrom('moins_de_douze', 'douze_dix_huit', 'non_renseigne'),
  statut: fc.constantFrom('scolarise', 'non_renseigne'),
  theme: fc.constantFrom('t1', 't2'),
});
const placeArb = fc.record({
  departement: fc.constantFrom('29', '56', '44'),
  isPublic: fc.boolean(),
  isQpv: fc.boolean(),
  isRural: fc.boolean(),
  inHub: fc.boolean(),
  people: fc.tuple(fc.array(person, { maxLength: 9 }), fc.array(person, { maxLength: 9 })),
});
const network = fc.array(placeArb, { minLength: 2, maxLength: 6 });

function build(
  net: {
    departement: string;
    isPublic: boolean;
    isQpv: boolean;
    isRural: boolean;
    inHub: boolean;
    people: { genre: string; age: string; statut: string; theme: string }[][];
  }[],
) {
  const places: PublicationPlace[] = net.map((p, i) => ({
    placeId: `p${i}`,
    name: `Lieu ${i}`,
    lat: null,
    lng: null,
    departementCode: p.departement,
    departementName: `Dép. ${p.departement}`,
    regionCode: REGION[p.departement] as string,
    regionName: `Région ${REGION[p.departement]}`,
    hubFabriqueId: i > 0 && p.inHub ? 'p0' : null,
    isPublic: p.isPublic,
    isQpv: p.isQpv,
    isRural: p.isRural,
  }));
  const source: PublicationSourceRow[] = [];
  net.forEach((p, i) => {
    QUARTERS.forEach((quarter, q) => {
      const people = p.people[q] ?? [];
      const counts = new Map<string, number>();
      const bump = (k: string) => counts.set(k, (counts.get(k) ?? 0) + 1);
      for (const x of people) {
        bump('total|');
        bump(`genre|${x.genre}`);
        bump(`tranche_age|${x.age}`);
        bump(`statut_social|${x.statut}`);
        bump(`theme|${x.theme}`);
      }
      for (const [k, n] of counts) {
        const [dimension, code] = k.split('|') as [string, string];
        source.push({ quarter, placeId: `p${i}`, dimension, code, participants: n });
      }
    });
  });
  return { places, source };
}

/** A figure shown to someone: Σ over quarters of Σ cells = value (a région sums départements, a hub places). */
interface Shown {
  quarters: string[];
  cells: string[];
  value: number;
}

function everythingShown(
  places: PublicationPlace[],
  source: PublicationSourceRow[],
  threshold?: number,
): Shown[] {
  const publication = publishActivity(places, source, threshold);
  const shown: Shown[] = [];
  // Open data.
  const dims: Record<string, string> = { thematique: 'theme' };
  for (const r of openDataFromPublication(publication)) {
    if (r.participants === null) continue;
    const quarter = QUARTERS.find((q) => quarterLabel(q) === r.trimestre) as string;
    const entity =
      r.niveau === 'reseau'
        ? entityKeys.network
        : r.niveau === 'departement'
          ? entityKeys.departement(r.codeDepartement)
          : entityKeys.place(r.idLieu);
    shown.push({
      quarters: [quarter],
      cells: [cellId(entity, dims[r.dimension] ?? r.dimension, r.modalite)],
      value: r.participants,
    });
  }
  // Observers and share links: every scope (with the entities whose cells make its figures, rebuilt here
  // independently), each quarter alone and both together.
  const scopes: [DashboardScope, string[]][] = [[{ kind: 'network' }, [entityKeys.network]]];
  for (const code of new Set(places.map((p) => p.regionCode))) {
    const departements = new Set(
      places.filter((p) => p.regionCode === code).map((p) => entityKeys.departement(p.departementCode)),
    );
    scopes.push([{ kind: 'region', code }, [...departements]]);
  }
  for (const code of new Set(places.map((p) => p.departementCode)))
    scopes.push([{ kind: 'departement', code }, [entityKeys.departement(code)]]);
  if (places.some((p) => p.hubFabriqueId)) {
    const hub = places.filter((p) => p.placeId === 'p0' || p.hubFabriqueId === 'p0');
    scopes.push([{ kind: 'hub', fabriqueId: 'p0' }, hub.map((p) => entityKeys.place(p.placeId))]);
  }
  for (const p of places) scopes.push([{ kind: 'place', placeId: p.placeId }, [entityKeys.place(p.placeId)]]);
  const kindOf = (entity: string) => {
    const place = places.find((p) => entityKeys.place(p.placeId) === entity) as PublicationPlace;
    return place.isQpv ? 'qpv' : place.isRural ? 'rural' : 'other';
  };
  const ranges = [
    ...QUARTERS.map((q) => ({ from: q, to: quarterEnd(q) })),
    { from: '2026-02-01', to: '2026-05-01' }, // months of two quarters: shown as the two whole quarters
  ];
  for (const [scope, entities] of scopes) {
    for (const range of ranges) {
      const d = publishedDashboard(publication, scope, range, '');
      const qs = publication.quarters
        .map((q) => q.quarter)
        .filter((q) => q >= d.range.from && q < d.range.to);
      const add = (cells: string[], value: number | null, quarters = qs) => {
        if (value !== null) shown.push({ quarters, cells, value });
      };
      const of = (dimension: string, code = '') => entities.map((e) => cellId(e, dimension, code));
      add(of('total'), d.participants);
      for (const q of d.byQuarter) add(of('total'), q.participants, [q.quarter]);
      for (const [dimension, list] of [
        ['theme', d.byTheme],
        ['genre', d.byGenre],
        ['tranche_age', d.byTrancheAge],
        ['statut_social', d.byStatutSocial],
      ] as const) {
        for (const c of list) add(of(dimension, c.code), c.participants);
      }
      if (scope.kind !== 'place') {
        for (const kind of ['qpv', 'rural', 'other'] as const) {
          const cells = entities.flatMap((e) =>
            !e.startsWith('p:')
              ? [cellId(e, TERRITORY, kind)]
              : kindOf(e) === kind
                ? [cellId(e, 'total')]
                : [],
          );
          add(cells, d.byTerritoryKind[kind]);
        }
      }
      for (const p of d.places) add([cellId(entityKeys.place(p.placeId), 'total')], p.participants);
    }
  }
  return shown;
}

function rank(rows: bigint[][]): number {
  return echelon(rows).length;
}

/** The independent rows of a fraction-free echelon form (BigInt, gcd-normalized). */
function echelon(rows: bigint[][]): bigint[][] {
  const m = rows.map((r) => [...r]);
  const width = m[0]?.length ?? 0;
  let r = 0;
  const abs = (x: bigint) => (x < 0n ? -x : x);
  const gcd = (a: bigint, b: bigint): bigint => (b === 0n ? abs(a) : gcd(b, a % b));
  for (let col = 0; col < width && r < m.length; col++) {
    const p = m.findIndex((row, i) => i >= r && row[col] !== 0n);
    if (p < 0) continue;
    [m[r], m[p]] = [m[p] as bigint[], m[r] as bigint[]];
    const pivot = m[r] as bigint[];
    for (let i = r + 1; i < m.length; i++) {
      const row = m[i] as bigint[];
      const f = row[col] as bigint;
      if (f === 0n) continue;
      const a = pivot[col] as bigint;
      let g = 0n;
      for (let j = 0; j < width; j++) {
        row[j] = (row[j] as bigint) * a - (pivot[j] as bigint) * f;
        g = gcd(g, row[j] as bigint);
      }
      if (g > 1n) for (let j = 0; j < width; j++) row[j] = (row[j] as bigint) / g;
    }
    r++;
  }
  return m.slice(0, r);
}

/**
 * The attacker's system: every line of every quarter's table, and every figure shown (a cell of one quarter,
 * or a sum over quarters). Returns the cells of 1 to 4 people that it determines, and those shown outright.
 */
function recoveredSmallCells(places: PublicationPlace[], source: PublicationSourceRow[], threshold?: number) {
  const placeMap = new Map(places.map((p) => [p.placeId, p]));
  // The table's structure (members of each entity) is public knowledge: rebuilt here independently.
  const truth = new Map<string, number>();
  const lines: Map<string, number>[] = [];
  for (const q of QUARTERS) {
    const rows = source.filter((r) => r.quarter === q && r.participants > 0);
    const table = quarterTable(placeMap, rows);
    for (const [id, v] of table.cells) truth.set(`${q}#${id}`, v);
    for (const l of table.lines) {
      const eq = new Map<string, number>([[`${q}#${l.total}`, -1]]);
      for (const m of l.members) eq.set(`${q}#${m}`, (eq.get(`${q}#${m}`) ?? 0) + 1);
      lines.push(eq);
    }
  }
  const shown = everythingShown(places, source, threshold);
  const known = new Map<string, number>();
  const sums: Map<string, number>[] = [];
  for (const s of shown) {
    const ids = s.quarters.flatMap((q) => s.cells.map((c) => `${q}#${c}`)).filter((id) => truth.has(id));
    if (ids.length === 1) known.set(ids[0] as string, s.value);
    else if (ids.length > 1) sums.push(new Map(ids.map((id) => [id, 1])));
  }
  const shownSmall = [...known].filter(([, v]) => v > 0 && v < 5).map(([id]) => id);
  const unknown = [...truth.keys()].filter((id) => !known.has(id));
  const col = new Map(unknown.map((id, i) => [id, i]));
  const matrix = [...lines, ...sums]
    .map((eq) => {
      const row = new Array<bigint>(unknown.length).fill(0n);
      for (const [id, c] of eq) {
        const j = col.get(id);
        if (j !== undefined) row[j] = (row[j] as bigint) + BigInt(c);
      }
      return row;
    })
    .filter((row) => row.some((c) => c !== 0n));
  // Per cell, only the independent rows matter.
  const basis = echelon(matrix);
  const full = basis.length;
  const small = unknown.filter((id) => {
    const v = truth.get(id) as number;
    return v > 0 && v < 5;
  });
  const recovered = small.filter((id) => {
    const j = col.get(id) as number;
    return rank(basis.map((row) => row.filter((_, k) => k !== j))) < full;
  });
  return { shownSmall, recovered, hiddenSmall: small.length };
}

describe('one publication for observers, share links and open data', () => {
  it('shows the same hidden figure hidden everywhere (Konk Ar Lab, 25–39, one person)', () => {
    const { places, source } = build([
      { departement: '29', isPublic: true, isQpv: false, isRural: false, inHub: false, people: [[], []] },
      { departement: '29', isPublic: true, isQpv: false, isRural: true, inHub: false, people: [[], []] },
    ]);
    const rows: PublicationSourceRow[] = [
      ...source,
      { quarter: '2026-07-01', placeId: 'p0', dimension: 'total', code: '', participants: 20 },
      {
        quarter: '2026-07-01',
        placeId: 'p0',
        dimension: 'tranche_age',
        code: 'douze_dix_huit',
        participants: 19,
      },
      {
        quarter: '2026-07-01',
        placeId: 'p0',
        dimension: 'tranche_age',
        code: 'moins_de_douze',
        participants: 1,
      },
      { quarter: '2026-07-01', placeId: 'p1', dimension: 'total', code: '', participants: 12 },
      {
        quarter: '2026-07-01',
        placeId: 'p1',
        dimension: 'tranche_age',
        code: 'douze_dix_huit',
        participants: 12,
      },
    ];
    const publication = publishActivity(places, rows);
    const july = publishedDashboard(
      publication,
      { kind: 'place', placeId: 'p0' },
      { from: '2026-07-01', to: '2026-08-01' },
      'Konk Ar Lab',
    );
    // A month asks for its whole quarter: nothing finer leaves the staff's hands.
    expect(july.range).toEqual({ from: '2026-07-01', to: '2026-10-01' });
    const age = (code: string) => july.byTrancheAge.find((c) => c.code === code)?.participants;
    expect(age('moins_de_douze')).toBeNull();
    expect(age('douze_dix_huit')).toBeNull();
    const open = openDataFromPublication(publication).filter(
      (r) => r.idLieu === 'p0' && r.dimension === 'tranche_age',
    );
    expect(open.map((r) => r.participants)).toEqual([null, null]);
    expect(july.hiddenCount).toBeGreaterThan(0);
  });

  it('property: no figure of 1 to 4 people is shown or can be computed from all that is shown together', () => {
    fc.assert(
      fc.property(network, (net) => {
        const { places, source } = build(net);
        const { shownSmall, recovered } = recoveredSmallCells(places, source);
        expect(shownSmall).toEqual([]);
        expect(recovered).toEqual([]);
      }),
      { numRuns: 40 },
    );
  }, 60_000);

  it('control: the oracle sees a small count that raw figures would show, and one they would give away', () => {
    const one = { genre: 'feminin', age: 'moins_de_douze', statut: 'scolarise', theme: 't1' };
    const eight = Array.from({ length: 8 }, () => ({ ...one, genre: 'masculin', age: 'douze_dix_huit' }));
    const { places, source } = build([
      { departement: '29', isPublic: true, isQpv: false, isRural: false, inHub: false, people: [[one], []] },
      { departement: '29', isPublic: true, isQpv: false, isRural: false, inHub: false, people: [eight, []] },
    ]);
    // Nothing hidden (a threshold of 1): the 1 is shown outright.
    expect(recoveredSmallCells(places, source, 1).shownSmall).toContain(`${QUARTERS[0]}#p:p0|total|`);
    // Suppressed: neither shown nor computable, though the département's 9 minus the other place's 8 was.
    const table = quarterTable(
      new Map(places.map((p) => [p.placeId, p])),
      source.filter((r) => r.quarter === QUARTERS[0]),
    );
    expect(table.cells.get(cellId(entityKeys.departement('29'), 'total'))).toBe(9);
    const { shownSmall, recovered, hiddenSmall } = recoveredSmallCells(places, source);
    expect(hiddenSmall).toBeGreaterThan(0);
    expect([...shownSmall, ...recovered]).toEqual([]);
  });
});
