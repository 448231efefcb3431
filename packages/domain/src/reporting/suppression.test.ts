import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DISCLOSURE_THRESHOLD,
  determinedCells,
  pinnedCells,
  publishedFigures,
  type StatLine,
  type StatTable,
  suppressSmallCells,
} from './suppression.ts';

// Tables are built from their inner cells so that every total is the true sum, as in a real export.

/** A rows × columns table with row totals, column totals and a grand total. */
function tableWithMargins(values: number[][]): StatTable {
  const cells = new Map<string, number>();
  const lines: StatLine[] = [];
  const columns = values[0]?.length ?? 0;
  values.forEach((row, i) => {
    for (const [j, v] of row.entries()) cells.set(`r${i}c${j}`, v);
    cells.set(
      `r${i}T`,
      row.reduce((a, b) => a + b, 0),
    );
    lines.push({ total: `r${i}T`, members: row.map((_, j) => `r${i}c${j}`) });
  });
  for (let j = 0; j < columns; j++) {
    cells.set(
      `Tc${j}`,
      values.reduce((a, row) => a + (row[j] as number), 0),
    );
    lines.push({ total: `Tc${j}`, members: values.map((_, i) => `r${i}c${j}`) });
  }
  cells.set(
    'TT',
    values.flat().reduce((a, b) => a + b, 0),
  );
  lines.push({ total: 'TT', members: values.map((_, i) => `r${i}T`) });
  lines.push({ total: 'TT', members: Array.from({ length: columns }, (_, j) => `Tc${j}`) });
  return { cells, lines };
}

/** network ⊃ départements ⊃ places, each broken down by the same codes, every level with its totals. */
function hierarchicalTable(groups: number[][][]): StatTable {
  const cells = new Map<string, number>();
  const lines: StatLine[] = [];
  const codes = groups[0]?.[0]?.length ?? 0;
  const addRow = (entity: string, row: number[]) => {
    for (const [k, v] of row.entries()) cells.set(`${entity}:${k}`, v);
    cells.set(
      `${entity}:T`,
      row.reduce((a, b) => a + b, 0),
    );
    lines.push({ total: `${entity}:T`, members: row.map((_, k) => `${entity}:${k}`) });
  };
  const sumRows = (rows: number[][]) =>
    Array.from({ length: codes }, (_, k) => rows.reduce((a, r) => a + (r[k] as number), 0));
  const groupRows: number[][] = [];
  groups.forEach((places, g) => {
    for (const [p, row] of places.entries()) addRow(`g${g}p${p}`, row);
    const groupRow = sumRows(places);
    groupRows.push(groupRow);
    addRow(`g${g}`, groupRow);
    for (const k of [...groupRow.keys(), 'T']) {
      lines.push({ total: `g${g}:${k}`, members: places.map((_, p) => `g${g}p${p}:${k}`) });
    }
  });
  addRow('n', sumRows(groupRows));
  for (const k of [...Array(codes).keys(), 'T']) {
    lines.push({ total: `n:${k}`, members: groups.map((_, g) => `g${g}:${k}`) });
  }
  return { cells, lines };
}

// Counts as in a small place's quarter: many zeros and small cells, some larger ones.
const count = fc.oneof(
  { weight: 2, arbitrary: fc.constant(0) },
  { weight: 4, arbitrary: fc.integer({ min: 1, max: 6 }) },
  { weight: 3, arbitrary: fc.integer({ min: 5, max: 60 }) },
);
const matrix = fc
  .tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 }))
  .chain(([rows, columns]) =>
    fc.array(fc.array(count, { minLength: columns, maxLength: columns }), {
      minLength: rows,
      maxLength: rows,
    }),
  );
const hierarchy = fc
  .tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 3 }))
  .chain(([groups, codes]) =>
    fc.array(
      fc.array(fc.array(count, { minLength: codes, maxLength: codes }), { minLength: 1, maxLength: 3 }),
      { minLength: groups, maxLength: groups },
    ),
  );
const anyTable = fc.oneof(matrix.map(tableWithMargins), hierarchy.map(hierarchicalTable));

/** Each line as coefficients over the hidden cells (members +1, total −1) and its published constant. */
function hiddenSystem(table: StatTable, published: Map<string, number | null>) {
  return table.lines.map((line) => {
    const terms: { id: string; c: number }[] = [];
    let constant = 0; // Σ published members − published total; the hidden terms sum to −constant.
    for (const [id, c] of [...line.members.map((m) => [m, 1] as const), [line.total, -1] as const]) {
      const value = published.get(id);
      if (value === null || value === undefined) terms.push({ id, c });
      else constant += c * value;
    }
    return { terms, constant };
  });
}

/**
 * Oracle 1, interval propagation: every hidden cell starts in [0, ∞) and each line narrows its hidden
 * entries from the others' bounds, until nothing moves. Outer bounds: a collapse proves a recovery.
 */
function propagatedIntervals(table: StatTable, published: Map<string, number | null>, lower = 0) {
  const bounds = new Map<string, [number, number]>();
  for (const [id, v] of published) if (v === null) bounds.set(id, [lower, Number.POSITIVE_INFINITY]);
  const system = hiddenSystem(table, published);
  for (let round = 0, moved = true; moved && round < 200; round++) {
    moved = false;
    for (const { terms, constant } of system) {
      for (const target of terms) {
        // target.c · x = −constant − Σ others c·y
        let lo = -constant;
        let hi = -constant;
        for (const o of terms) {
          if (o === target) continue;
          const [olo, ohi] = bounds.get(o.id) as [number, number];
          if (o.c > 0) {
            lo -= ohi;
            hi -= olo;
          } else {
            lo += olo;
            hi += ohi;
          }
        }
        const [xlo, xhi] = target.c > 0 ? [lo, hi] : [-hi, -lo];
        const [clo, chi] = bounds.get(target.id) as [number, number];
        const next: [number, number] = [Math.max(clo, xlo), Math.min(chi, xhi)];
        if (next[0] > clo || next[1] < chi) {
          bounds.set(target.id, next);
          moved = true;
        }
      }
    }
  }
  return bounds;
}

/** Oracle 2, exact: the rank of integer rows by fraction-free elimination (BigInt, gcd-normalized). */
function rank(rows: bigint[][]): number {
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
  return r;
}

/** A hidden cell is determined when removing its column lowers the rank of the hidden system. */
function exactlyDetermined(table: StatTable, published: Map<string, number | null>): string[] {
  const hidden = [...published].filter(([, v]) => v === null).map(([id]) => id);
  const system = hiddenSystem(table, published);
  const matrixOf = (ids: string[]) =>
    system.map(({ terms }) =>
      ids.map((id) => BigInt(terms.filter((t) => t.id === id).reduce((a, t) => a + t.c, 0))),
    );
  const full = rank(matrixOf(hidden));
  return hidden.filter((id) => rank(matrixOf(hidden.filter((h) => h !== id))) < full);
}

describe('suppressSmallCells', () => {
  it('hides a small cell together with a partner in its row and column, and the fourth corner', () => {
    const table = tableWithMargins([
      [3, 20, 30],
      [10, 40, 50],
    ]);
    const hidden = suppressSmallCells(table);
    expect(hidden.get('r0c0')).toBe('primary');
    // Smallest partners: 10 below it, 20 beside it, then 40 to close the rectangle.
    expect([...hidden.keys()].sort()).toEqual(['r0c0', 'r0c1', 'r1c0', 'r1c1']);
    expect(determinedCells(table, new Set(hidden.keys()))).toEqual([]);
  });

  it('publishes zeros and hides a total under 5', () => {
    const table = tableWithMargins([[0, 2, 0]]);
    const hidden = suppressSmallCells(table);
    expect(hidden.has('r0c0')).toBe(false);
    expect(hidden.get('r0T')).toBe('primary');
    expect(hidden.get('TT')).toBe('primary');
    expect(hidden.get('Tc1')).toBe('primary');
  });

  it('breaks the bridge between two hidden rectangles that the line rule alone lets through', () => {
    // Two 2×2 rectangles of hidden cells joined by r1c2: rows 0–1 minus columns 0–1 give r1c2 exactly.
    const table = tableWithMargins([
      [2, 9, 50, 50],
      [9, 2, 7, 50],
      [50, 50, 2, 9],
      [50, 50, 9, 2],
    ]);
    const bridged = new Set(['r0c0', 'r0c1', 'r1c0', 'r1c1', 'r1c2', 'r2c2', 'r2c3', 'r3c2', 'r3c3']);
    expect(determinedCells(table, bridged)).toEqual(['r1c2']);
    const hidden = suppressSmallCells(table);
    expect(determinedCells(table, new Set(hidden.keys()))).toEqual([]);
  });

  it('protects a place inside its département when only the département total is published', () => {
    const table = hierarchicalTable([
      [
        [3, 10],
        [8, 12],
      ],
      [[30, 40]],
    ]);
    const hidden = suppressSmallCells(table);
    expect(hidden.get('g0p0:0')).toBe('primary');
    expect(exactlyDetermined(table, publishedFigures(table, hidden))).toEqual([]);
  });

  it('frees a cell determined through its neighbours with a partner among them, not anywhere in the table', () => {
    // Two places, each with its participants by age (a) and by genre (b), in one département. Every entry of
    // the places' lines ends up hidden, so the département's age cell d:a0 is determined through the other
    // lines; the partner that frees it is one line away (the département's genre cells stay published). The
    // audit used to hide the smallest published figure of the whole table instead, round after round,
    // until the département showed nothing but its total.
    const place = (p: string, a: [number, number], b: [number, number]) => [
      [`${p}:T`, a[0] + a[1]],
      [`${p}:a0`, a[0]],
      [`${p}:a1`, a[1]],
      [`${p}:b0`, b[0]],
      [`${p}:b1`, b[1]],
    ];
    const cells = new Map<string, number>([
      ...(place('p0', [2, 5], [5, 2]) as [string, number][]),
      ...(place('p1', [2, 4], [2, 4]) as [string, number][]),
      ['d:T', 13],
      ['d:a0', 4],
      ['d:a1', 9],
      ['d:b0', 7],
      ['d:b1', 6],
    ]);
    const lines: StatLine[] = [
      ...['p0', 'p1'].flatMap((p) => [
        { total: `${p}:T`, members: [`${p}:a0`, `${p}:a1`] },
        { total: `${p}:T`, members: [`${p}:b0`, `${p}:b1`] },
      ]),
      ...['T', 'a0', 'a1', 'b0', 'b1'].map((code) => ({
        total: `d:${code}`,
        members: [`p0:${code}`, `p1:${code}`],
      })),
    ];
    const table = { cells, lines };
    const published = publishedFigures(table, suppressSmallCells(table));
    expect([...published].filter(([, value]) => value !== null).map(([id]) => id)).toEqual([
      'd:T',
      'd:b0',
      'd:b1',
    ]);
    expect(exactlyDetermined(table, published)).toEqual([]);
    for (const [, [lo, hi]] of propagatedIntervals(table, published)) expect(lo).toBeLessThan(hi);
  });

  it('property: no published figure is between 1 and 4', () => {
    fc.assert(
      fc.property(anyTable, (table) => {
        const published = publishedFigures(table, suppressSmallCells(table));
        for (const value of published.values()) {
          expect(value === null || value === 0 || value >= DISCLOSURE_THRESHOLD).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('property: published figures are the source figures, and only positive cells are hidden', () => {
    fc.assert(
      fc.property(anyTable, (table) => {
        const published = publishedFigures(table, suppressSmallCells(table));
        for (const [id, value] of table.cells) {
          const shown = published.get(id);
          if (shown === null) expect(value).toBeGreaterThan(0);
          else expect(shown).toBe(value);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('property: every line hides 0 or at least 2 of its figures', () => {
    fc.assert(
      fc.property(anyTable, (table) => {
        const hidden = suppressSmallCells(table);
        for (const line of table.lines) {
          const n = [line.total, ...line.members].filter((id) => hidden.has(id)).length;
          expect(n === 0 || n >= 2).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('property: no hidden figure can be recovered from the published ones', () => {
    fc.assert(
      fc.property(anyTable, (table) => {
        const published = publishedFigures(table, suppressSmallCells(table));
        // Interval propagation never pins a hidden cell, and the true value stays feasible.
        for (const [id, [lo, hi]] of propagatedIntervals(table, published)) {
          expect(lo).toBeLessThan(hi);
          const truth = table.cells.get(id) as number;
          expect(truth >= lo && truth <= hi).toBe(true);
        }
        // Exact linear algebra (an oracle independent of the module's): no combination of lines isolates one.
        expect(exactlyDetermined(table, published)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it("closes the known gap of 026: two hidden 1s that make their row's hidden 2 are not pinned by « at least 1 »", () => {
    const table = tableWithMargins([
      [1, 1, 10],
      [9, 9, 10],
    ]);
    // The line rule and linear algebra are content with the rectangle of the two 1s and the 9s below…
    const rectangle = new Set(['r0c0', 'r0c1', 'r1c0', 'r1c1']);
    expect(determinedCells(table, rectangle)).toEqual([]);
    // …but row 0's hidden cells add up to 2, and each is at least 1: both are 1 (and so are the 9s, by column).
    // (Only the cells under 5 count: a pinned 9 reveals no small figure.)
    expect(pinnedCells(table, rectangle)).toEqual(['r0c0', 'r0c1']);
    const rectangleFigures = new Map([...table.cells].map(([id, v]) => [id, rectangle.has(id) ? null : v]));
    const pinnedByPropagation = [...propagatedIntervals(table, rectangleFigures, 1)].filter(
      ([, [lo, hi]]) => lo === hi,
    );
    expect(pinnedByPropagation.length).toBeGreaterThan(0);
    // Suppression hides one more partner: nothing is pinned any more.
    const hidden = new Set(suppressSmallCells(table).keys());
    expect(hidden.size).toBeGreaterThan(4);
    expect(pinnedCells(table, hidden)).toEqual([]);
  });

  it('property: knowing that a hidden figure is at least 1 pins none either', () => {
    fc.assert(
      fc.property(anyTable, (table) => {
        const hidden = suppressSmallCells(table);
        const published = publishedFigures(table, hidden);
        // An oracle independent of the module's linear program: interval propagation from 1.
        for (const [id, [lo, hi]] of propagatedIntervals(table, published, 1)) {
          expect(lo).toBeLessThan(hi);
          const truth = table.cells.get(id) as number;
          expect(truth >= lo && truth <= hi).toBe(true);
        }
        expect(pinnedCells(table, new Set(hidden.keys()))).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('property: the oracle agrees that the line rule alone is not enough on some tables', () => {
    // Keeps the exact oracle honest: it must find recoveries when suppression stops at primary cells.
    fc.assert(
      fc.property(matrix.map(tableWithMargins), (table) => {
        const primary = new Map(
          [...table.cells].map(([id, v]) => [id, v > 0 && v < DISCLOSURE_THRESHOLD ? null : v]),
        );
        const lonely = table.lines.some(
          (l) => [l.total, ...l.members].filter((id) => primary.get(id) === null).length === 1,
        );
        if (lonely) expect(exactlyDetermined(table, primary).length).toBeGreaterThan(0);
      }),
      { numRuns: 200 },
    );
  });
});
