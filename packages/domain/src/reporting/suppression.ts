// Statistical disclosure control for published tables ("secret statistique"): no published figure may
// count fewer than 5 people, and no hidden figure may be recomputed from the published ones.
//
// A table is a set of cells (whole numbers ≥ 0) tied by additive lines: `total = sum(members)`. A 2-D table
// with margins has one line per row and per column; a hierarchy (network ⊃ département ⊃ place) adds a line
// per parent; a total shared by several breakdowns (a place's participants by genre and by age) is one cell
// in several lines. The rule, in three steps:
// 1. Primary suppression: every cell counting 1 to 4 people is hidden. Zero is published: it says nobody of
//    that group came, which is about no one (the usual rule of INSEE and Eurostat).
// 2. Secondary suppression: a line with exactly one hidden entry gives it away by subtraction, so the
//    smallest positive published member of that line is hidden with it (its total when no member is left);
//    repeated until every line has 0 or at least 2 hidden entries.
// 3. Audit: lines can still combine to isolate a hidden cell (two hidden rectangles joined by one cell: the
//    joining cell is the difference of row and column sums). Exact linear algebra over the hidden cells finds
//    every hidden cell whose value the published figures determine; one more partner is hidden for each (the
//    smallest positive published figure of its lines, else of the lines one hidden cell further, and so on)
//    and steps 2–3 run again until none is determined.
// 4. Bounds: zeros are published, so a reader knows every hidden figure is at least 1. A row 1, 1, 10 of
//    total 12 hides the two 1s, whose hidden sum is then 2: both are 1, though no combination of lines
//    determines them (decision 026's known gap). Interval propagation from [1, ∞) over the lines — what a
//    reader with a spreadsheet does — finds every hidden cell under the threshold whose interval collapses;
//    one more partner is hidden for each and steps 2–4 run again. An exact linear program per hidden 1 would
//    also find pins that need several lines and the bounds together; it was measured far too slow at network
//    scale (decision 038), so those rarer pins are a known residual.
// Hidden cells are always > 0 (partners are chosen positive), so a hidden cell that no combination of lines
// determines can move both ways while the others stay ≥ 0: its feasible interval is never a single value.

/** `total = sum(members)`, cells named by id. */
export interface StatLine {
  total: string;
  members: readonly string[];
}

export interface StatTable {
  cells: ReadonlyMap<string, number>;
  lines: readonly StatLine[];
}

export type SuppressionReason = 'primary' | 'secondary';

/** People below this count are never published. */
export const DISCLOSURE_THRESHOLD = 5;

const EPSILON = 1e-9;

function cellValue(table: StatTable, id: string): number {
  const value = table.cells.get(id);
  if (value === undefined) throw new Error(`suppression: unknown cell ${id}`);
  return value;
}

/** Every entry of a line: its total and its members. */
const entriesOf = (line: StatLine) => [line.total, ...line.members];

/**
 * Hides small cells and the partners that keep them hidden. Returns the hidden cells and why; every other
 * cell is published as is.
 */
export function suppressSmallCells(
  table: StatTable,
  threshold: number = DISCLOSURE_THRESHOLD,
): Map<string, SuppressionReason> {
  const hidden = new Map<string, SuppressionReason>();
  for (const [id, value] of table.cells) {
    if (value > 0 && value < threshold) hidden.set(id, 'primary');
  }
  const linesOf = linesByCell(table);
  const hide = (id: string) => {
    if (!hidden.has(id)) hidden.set(id, 'secondary');
  };
  for (;;) {
    closeLines(table, hidden, hide);
    // One partner per group of linked hidden cells and round: groups are independent, and a partner may
    // free the other determined cells of its group.
    const hiddenSet = new Set(hidden.keys());
    let determined = determinedByGroup(table, hiddenSet).map((cells) => cells[0] as string);
    if (determined.length === 0) determined = pinnedCells(table, hiddenSet, threshold);
    if (determined.length === 0) return hidden;
    let hiddenMore = false;
    const touched = new Set<StatLine>();
    for (const cell of determined) {
      // A partner frees the other cells of the lines it joins: one per line and round, not one per cell.
      // When the lines linked to the cell hold no positive published figure, every one of them reads
      // "hidden figures add up to 0": that determines no positive cell and bounds none from above, so
      // nothing is left to hide for it.
      const lines = linesOf.get(cell) ?? [];
      if (lines.some((l) => touched.has(l))) continue;
      const partner = nearestPartner(table, hidden, linesOf, cell);
      if (partner === null) continue;
      hide(partner);
      for (const l of linesOf.get(partner) ?? []) touched.add(l);
      hiddenMore = true;
    }
    if (!hiddenMore) return hidden;
  }
}

/** Step 2: until no line has exactly one hidden entry. */
function closeLines(table: StatTable, hidden: Map<string, SuppressionReason>, hide: (id: string) => void) {
  let changed = true;
  while (changed) {
    changed = false;
    for (const line of table.lines) {
      const count = entriesOf(line).filter((id) => hidden.has(id)).length;
      if (count !== 1) continue;
      const partner = partnerFor(table, hidden, [line]);
      // A line whose published entries are all zero gives nothing away (its hidden entry is then 0 too,
      // which a hidden cell never is); nothing to add.
      if (partner === null) continue;
      hide(partner);
      changed = true;
    }
  }
}

/** The smallest positive published member of these lines, else the smallest positive published total. */
function partnerFor(
  table: StatTable,
  hidden: ReadonlyMap<string, SuppressionReason>,
  lines: readonly StatLine[],
): string | null {
  const pick = (ids: readonly string[]) => {
    let best: string | null = null;
    for (const id of ids) {
      const value = cellValue(table, id);
      if (hidden.has(id) || value <= 0) continue;
      if (best === null || value < cellValue(table, best) || (value === cellValue(table, best) && id < best))
        best = id;
    }
    return best;
  };
  return pick(lines.flatMap((l) => l.members)) ?? pick(lines.map((l) => l.total));
}

/**
 * The partner of a determined or pinned cell: the smallest positive published entry of its own lines, else of
 * the lines one hidden cell further away, and so on. A cell whose lines are all hidden is determined through
 * its neighbours' lines, so a partner there is one that can free it; null once no positive figure that a line
 * links to the cell is left to hide.
 */
function nearestPartner(
  table: StatTable,
  hidden: ReadonlyMap<string, SuppressionReason>,
  linesOf: ReadonlyMap<string, readonly StatLine[]>,
  cell: string,
): string | null {
  const seenCells = new Set([cell]);
  const seenLines = new Set<StatLine>();
  let frontier = [cell];
  while (frontier.length > 0) {
    const lines: StatLine[] = [];
    for (const id of frontier) {
      for (const line of linesOf.get(id) ?? []) {
        if (seenLines.has(line)) continue;
        seenLines.add(line);
        lines.push(line);
      }
    }
    const partner = partnerFor(table, hidden, lines);
    if (partner !== null) return partner;
    frontier = [];
    for (const line of lines) {
      for (const id of entriesOf(line)) {
        if (seenCells.has(id) || !hidden.has(id)) continue;
        seenCells.add(id);
        frontier.push(id);
      }
    }
  }
  return null;
}

function linesByCell(table: StatTable): Map<string, StatLine[]> {
  const byCell = new Map<string, StatLine[]>();
  for (const line of table.lines) {
    for (const id of entriesOf(line)) {
      const list = byCell.get(id) ?? [];
      list.push(line);
      byCell.set(id, list);
    }
  }
  return byCell;
}

/**
 * The hidden cells whose value the published figures determine exactly. Each line restricted to its hidden
 * entries is an equation (`Σ hidden members − hidden total = published total − Σ published members`); a
 * hidden cell is determined when its unit vector lies in the span of those equations, i.e. when it is a
 * pivot of the reduced row echelon form whose row has no free column. Solved per group of hidden cells
 * linked by lines (from a few cells to thousands in a network's quarter), by sparse Gauss–Jordan elimination
 * on coefficients that start as 0 / ±1.
 */
export function determinedCells(table: StatTable, hidden: ReadonlySet<string>): string[] {
  return determinedByGroup(table, hidden).flat().sort();
}

/** The determined hidden cells, group by group (only groups that have some). */
function determinedByGroup(table: StatTable, hidden: ReadonlySet<string>): string[][] {
  const equations = table.lines
    .map((line) => {
      const row = new Map<string, number>();
      for (const id of line.members) if (hidden.has(id)) row.set(id, (row.get(id) ?? 0) + 1);
      if (hidden.has(line.total)) row.set(line.total, (row.get(line.total) ?? 0) - 1);
      return row;
    })
    .filter((row) => [...row.values()].some((c) => c !== 0));
  return connectedGroups(equations)
    .map((group) => determinedInGroup(group.cells, group.equations).sort())
    .filter((cells) => cells.length > 0);
}

function connectedGroups(equations: Map<string, number>[]) {
  const parent = new Map<string, string>();
  // Union–find with full path compression: groups reach thousands of cells.
  const find = (id: string): string => {
    let root = id;
    while (parent.get(root) !== root) root = parent.get(root) as string;
    for (let at = id; at !== root; ) {
      const up = parent.get(at) as string;
      parent.set(at, root);
      at = up;
    }
    return root;
  };
  for (const eq of equations) {
    const ids = [...eq.keys()];
    for (const id of ids) if (!parent.has(id)) parent.set(id, id);
    for (const id of ids.slice(1)) parent.set(find(id), find(ids[0] as string));
  }
  const groups = new Map<string, { cells: string[]; equations: Map<string, number>[] }>();
  for (const id of parent.keys()) {
    const root = find(id);
    const group = groups.get(root) ?? { cells: [], equations: [] };
    group.cells.push(id);
    groups.set(root, group);
  }
  for (const eq of equations) {
    const first = eq.keys().next().value as string;
    groups.get(find(first))?.equations.push(eq);
  }
  return [...groups.values()];
}

/**
 * The determined cells of one group, by sparse Gauss–Jordan elimination: equations are added one at a time,
 * reduced by the pivot rows kept so far, and a new pivot is eliminated from every kept row that holds it, so
 * each pivot column lives in its own row only. A pivot cell is determined exactly when its row holds nothing
 * else (no free column: every vector of the null space is 0 there). Rows are maps of their non-zero
 * coefficients: a group of a network's quarter joins thousands of cells through lines of a few each, and a
 * dense matrix of them cost up to a third of a second a round (decision 077).
 */
function determinedInGroup(cells: string[], equations: Map<string, number>[]): string[] {
  const column = new Map(cells.map((id, i) => [id, i]));
  /** Kept rows by pivot column, normalised so the pivot's coefficient is 1. */
  const pivotRows = new Map<number, Map<number, number>>();
  /** For each column, the pivot columns whose rows hold it (besides its own). */
  const holders = new Map<number, Set<number>>();
  const hold = (col: number, pivot: number) => {
    const set = holders.get(col);
    if (set) set.add(pivot);
    else holders.set(col, new Set([pivot]));
  };
  const addScaled = (
    target: Map<number, number>,
    source: ReadonlyMap<number, number>,
    factor: number,
    owner?: number,
  ) => {
    for (const [col, c] of source) {
      const value = (target.get(col) ?? 0) - factor * c;
      if (Math.abs(value) < EPSILON) {
        target.delete(col);
        if (owner !== undefined) holders.get(col)?.delete(owner);
      } else {
        target.set(col, value);
        if (owner !== undefined && col !== owner) hold(col, owner);
      }
    }
  };
  // Short equations first: pivots then come from the tree-like lines of few cells, and less fills in.
  for (const equation of [...equations].sort((a, b) => a.size - b.size)) {
    const row = new Map<number, number>();
    for (const [id, c] of equation) row.set(column.get(id) as number, c);
    // Kept rows hold no other pivot column: subtracting them brings in free columns only.
    for (const col of [...row.keys()]) {
      const pivotRow = pivotRows.get(col);
      const factor = row.get(col);
      if (pivotRow && factor !== undefined) addScaled(row, pivotRow, factor);
    }
    if (row.size === 0) continue;
    // The column held by the fewest kept rows (least to eliminate), the larger coefficient on a tie.
    let pivot = -1;
    for (const [col, c] of row) {
      const load = holders.get(col)?.size ?? 0;
      const best = holders.get(pivot)?.size ?? 0;
      if (pivot === -1 || load < best || (load === best && Math.abs(c) > Math.abs(row.get(pivot) as number)))
        pivot = col;
    }
    const scale = row.get(pivot) as number;
    for (const [col, c] of row) row.set(col, c / scale);
    for (const other of [...(holders.get(pivot) ?? [])]) {
      const target = pivotRows.get(other) as Map<number, number>;
      addScaled(target, row, target.get(pivot) as number, other);
      target.delete(pivot);
    }
    holders.delete(pivot);
    pivotRows.set(pivot, row);
    for (const col of row.keys()) if (col !== pivot) hold(col, pivot);
  }
  return [...pivotRows].filter(([, row]) => row.size === 1).map(([col]) => cells[col] as string);
}

/** The figures as published: hidden cells become null, the others are unchanged. */
export function publishedFigures(
  table: StatTable,
  hidden: ReadonlyMap<string, SuppressionReason>,
): Map<string, number | null> {
  return new Map([...table.cells].map(([id, value]) => [id, hidden.has(id) ? null : value]));
}

/**
 * Step 4: the hidden cells under the threshold whose interval collapses to one value when every hidden cell
 * starts in [1, ∞) and each line narrows its hidden entries from the bounds of the others, until nothing
 * moves (at most `rounds` passes; bounds only narrow, so stopping early misses pins, never invents one).
 */
export function pinnedCells(
  table: StatTable,
  hidden: ReadonlySet<string>,
  threshold: number = DISCLOSURE_THRESHOLD,
  rounds = 100,
): string[] {
  // Each line with hidden entries: Σ coefficient × hidden = rhs (members +1, the total −1).
  const equations: { terms: [string, number][]; rhs: number }[] = [];
  for (const line of table.lines) {
    const terms: [string, number][] = [];
    let rhs = 0;
    if (hidden.has(line.total)) terms.push([line.total, -1]);
    else rhs += cellValue(table, line.total);
    for (const id of line.members) {
      if (hidden.has(id)) terms.push([id, 1]);
      else rhs -= cellValue(table, id);
    }
    if (terms.length > 0) equations.push({ terms, rhs });
  }
  const lo = new Map<string, number>();
  const hi = new Map<string, number>();
  for (const id of hidden) {
    lo.set(id, 1);
    hi.set(id, Number.POSITIVE_INFINITY);
  }
  const byCell = new Map<string, number[]>();
  equations.forEach((eq, i) => {
    for (const [id] of eq.terms) byCell.set(id, [...(byCell.get(id) ?? []), i]);
  });
  let queue = new Set(equations.keys());
  for (let round = 0; round < rounds && queue.size > 0; round++) {
    const next = new Set<number>();
    for (const i of queue) {
      const { terms, rhs } = equations[i] as (typeof equations)[number];
      // The range of Σ coefficient × x over all terms, infinite parts counted apart.
      let minSum = 0;
      let maxSum = 0;
      let minInf = 0;
      let maxInf = 0;
      const range = (id: string, c: number): [number, number] => {
        const a = c * (lo.get(id) as number);
        const b = c * (hi.get(id) as number);
        return a < b ? [a, b] : [b, a];
      };
      for (const [id, c] of terms) {
        const [a, b] = range(id, c);
        if (Number.isFinite(a)) minSum += a;
        else minInf++;
        if (Number.isFinite(b)) maxSum += b;
        else maxInf++;
      }
      for (const [id, c] of terms) {
        const [a, b] = range(id, c);
        // The others' range, without this term.
        const restMin = Number.isFinite(a)
          ? minInf > 0
            ? -Infinity
            : minSum - a
          : minInf > 1
            ? -Infinity
            : minSum;
        const restMax = Number.isFinite(b)
          ? maxInf > 0
            ? Infinity
            : maxSum - b
          : maxInf > 1
            ? Infinity
            : maxSum;
        // c × x = rhs − rest
        const from = c > 0 ? rhs - restMax : restMin - rhs;
        const to = c > 0 ? rhs - restMin : restMax - rhs;
        let moved = false;
        if (from > (lo.get(id) as number)) {
          lo.set(id, from);
          moved = true;
        }
        if (to < (hi.get(id) as number)) {
          hi.set(id, to);
          moved = true;
        }
        if (moved) for (const j of byCell.get(id) ?? []) if (j !== i) next.add(j);
      }
    }
    queue = next;
  }
  return [...hidden].filter((id) => lo.get(id) === hi.get(id) && cellValue(table, id) < threshold).sort();
}
