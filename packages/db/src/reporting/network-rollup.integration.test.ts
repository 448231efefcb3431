// The network roll-up (activity_network_monthly, decision 045) and each place's monthly totals
// (activity_place_monthly_totals) on the real database: after any sequence of
// bulk inserts, updates, moves and deletes of records, validations, reopenings and deletions of reports, and
// merges of places, it equals the raw computation — every record's figures summed per month, dimension and
// code, under the state of its place and month (covered by a validated report or not) — and so do the
// kept states; the network dashboard and the observers' validated-months view read from it equal the ones
// computed from raw records; a rebuild gives the same table.
import { randomUUID } from 'node:crypto';
import {
  type AggregatedRecord,
  type AggregateRow,
  aggregateRecords,
  monthsOf,
} from '@rf/domain/reporting/dashboard-aggregation';
import { GENRES, STATUTS_SOCIAUX, TRANCHES_AGE } from '@rf/domain/vocabulary/activity-records';
import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withSession } from '../rls.ts';
import {
  claimsFor,
  createRlsFixtures,
  createTestDatabase,
  type RlsFixtures,
  type TestDatabase,
} from '../testing/index.ts';
import { getDashboard, getDashboardNaive } from './dashboard.repository.ts';

let t: TestDatabase;
let f: RlsFixtures;

beforeAll(async () => {
  t = await createTestDatabase();
  f = await createRlsFixtures(t.db);
  // Records are rewritten in and out of validated periods, and reports validated, reopened and deleted
  // directly: the freeze (036) and the report workflow are tested elsewhere and set aside here (the owner's
  // right, this database only). The roll-up's triggers stay on.
  for (const event of ['insert', 'update', 'delete']) {
    await sql
      .raw(`alter table public.activity_records disable trigger activity_records_frozen_${event}`)
      .execute(t.db);
  }
  for (const trigger of ['reports_workflow', 'reports_workflow_indicators', 'reports_workflow_corrections']) {
    await sql.raw(`alter table public.reports disable trigger ${trigger}`).execute(t.db);
  }
});
afterAll(() => t.drop());

type Place = 'A' | 'B' | 'C';
const PLACES: Place[] = ['A', 'B', 'C'];
const THEMES = ['email', 'bureautique', 'sante', 'securite_numerique'] as const;
const MONTHS = ['2025-11', '2025-12', '2026-01', '2026-02', '2026-03', '2026-04'] as const;
const QUARTERS = ['2025-10-01', '2026-01-01', '2026-04-01'] as const;
const YEARS = ['2025-01-01', '2026-01-01'] as const;
const RANGE = { from: '2025-01-01', to: '2027-01-01' };

interface RollupRow extends Omit<AggregateRow, 'placeId'> {
  validated: boolean;
}

interface ReportRow {
  placeId: string;
  status: string;
  periodStart: string;
  periodEnd: string;
}

async function storedRecords(): Promise<AggregatedRecord[]> {
  const { rows } = await sql<AggregatedRecord>`
    select place_id as "placeId", to_char(date, 'YYYY-MM-DD') as date, type,
      duration_minutes as "durationMinutes", participants_total as "participantsTotal",
      deja_accompagne as "dejaAccompagne", themes, counts_by_genre as "countsByGenre",
      counts_by_tranche_age as "countsByTrancheAge", counts_by_statut_social as "countsByStatutSocial"
    from public.activity_records`.execute(t.db);
  return rows;
}

async function storedReports(): Promise<ReportRow[]> {
  const { rows } = await sql<ReportRow>`
    select place_id as "placeId", status, to_char(period_start, 'YYYY-MM-DD') as "periodStart",
      to_char(period_end, 'YYYY-MM-DD') as "periodEnd"
    from public.reports`.execute(t.db);
  return rows;
}

const rollupKey = (r: RollupRow) => `${r.month}|${r.dimension}|${r.code}|${r.validated}`;
const byKey = (a: RollupRow, b: RollupRow) => (rollupKey(a) < rollupKey(b) ? -1 : 1);

async function storedRollup(): Promise<RollupRow[]> {
  const { rows } = await sql<RollupRow>`
    select validated, to_char(month, 'YYYY-MM-DD') as month, dimension, code, records, individual,
      collective, participants, minutes, deja_accompagne as "dejaAccompagne"
    from public.activity_network_monthly`.execute(t.db);
  return rows.sort(byKey);
}

async function storedValidatedMonths(): Promise<string[]> {
  const { rows } = await sql<{ key: string }>`
    select place_id || '|' || to_char(month, 'YYYY-MM-DD') as key
    from private.validated_activity_months`.execute(t.db);
  return rows.map((r) => r.key).sort();
}

/** The place-months a validated report covers, from the reports. */
function validatedMonths(reports: ReportRow[]): Set<string> {
  const months = new Set<string>();
  for (const r of reports.filter((r) => r.status === 'validated')) {
    for (const month of monthsOf({ from: r.periodStart, to: r.periodEnd }))
      months.add(`${r.placeId}|${month}`);
  }
  return months;
}

/** The raw computation: each record's figures under its month, dimension, code and validation state. */
function expectedRollup(records: AggregatedRecord[], reports: ReportRow[]): RollupRow[] {
  const validated = validatedMonths(reports);
  const rows = new Map<string, RollupRow>();
  for (const { placeId, ...row } of aggregateRecords(records)) {
    const key: RollupRow = { ...row, validated: validated.has(`${placeId}|${row.month}`) };
    const existing = rows.get(rollupKey(key));
    if (!existing) {
      rows.set(rollupKey(key), key);
      continue;
    }
    for (const field of [
      'records',
      'individual',
      'collective',
      'participants',
      'minutes',
      'dejaAccompagne',
    ] as const) {
      existing[field] += row[field];
    }
  }
  return [...rows.values()].sort(byKey);
}

interface PlaceTotalRow extends Omit<AggregateRow, 'dimension' | 'code'> {
  validated: boolean;
}

const placeTotalKey = (r: PlaceTotalRow) => `${r.month}|${r.placeId}`;

async function storedPlaceTotals(): Promise<PlaceTotalRow[]> {
  const { rows } = await sql<PlaceTotalRow>`
    select place_id as "placeId", to_char(month, 'YYYY-MM-DD') as month, validated, records, individual,
      collective, participants, minutes, deja_accompagne as "dejaAccompagne"
    from public.activity_place_monthly_totals`.execute(t.db);
  return rows.sort((a, b) => (placeTotalKey(a) < placeTotalKey(b) ? -1 : 1));
}

/** Each place-month's totals from the records, with its state. */
function expectedPlaceTotals(records: AggregatedRecord[], reports: ReportRow[]): PlaceTotalRow[] {
  const validated = validatedMonths(reports);
  return aggregateRecords(records)
    .filter((r) => r.dimension === 'total')
    .map(({ dimension: _, code: __, ...row }) => ({
      ...row,
      validated: validated.has(`${row.placeId}|${row.month}`),
    }))
    .sort((a, b) => (placeTotalKey(a) < placeTotalKey(b) ? -1 : 1));
}

async function expectRollupEqualsRaw() {
  const [records, reports] = await Promise.all([storedRecords(), storedReports()]);
  expect(await storedValidatedMonths()).toEqual([...validatedMonths(reports)].sort());
  expect(await storedRollup()).toEqual(expectedRollup(records, reports));
  expect(await storedPlaceTotals()).toEqual(expectedPlaceTotals(records, reports));
}

const counts = (codes: readonly string[], total: number) =>
  fc.option(
    fc.array(fc.constantFrom(...codes), { minLength: total, maxLength: total }).map((picked) => {
      const map: Record<string, number> = {};
      for (const code of picked) map[code] = (map[code] ?? 0) + 1;
      return JSON.stringify(map);
    }),
    { nil: null },
  );

const recordValues = fc
  .record({
    place: fc.constantFrom(...PLACES),
    month: fc.constantFrom(...MONTHS),
    day: fc.integer({ min: 1, max: 28 }),
    collective: fc.boolean(),
    size: fc.integer({ min: 1, max: 9 }),
    duration: fc.integer({ min: 1, max: 300 }),
    themes: fc.uniqueArray(fc.constantFrom(...THEMES), { minLength: 1, maxLength: 3 }),
  })
  .chain((r) => {
    const total = r.collective ? r.size : 1;
    return fc.record({
      place: fc.constant(r.place),
      date: fc.constant(`${r.month}-${String(r.day).padStart(2, '0')}`),
      type: fc.constant(r.collective ? ('collectif' as const) : ('individuel' as const)),
      duration_minutes: fc.constant(r.duration),
      themes: fc.constant(r.themes),
      participants_total: fc.constant(total),
      deja_accompagne: fc.integer({ min: 0, max: total }),
      counts_by_genre: counts(GENRES, total),
      counts_by_tranche_age: counts(TRANCHES_AGE, total),
      counts_by_statut_social: counts(STATUTS_SOCIAUX, total),
    });
  });

type RecordValues = typeof recordValues extends fc.Arbitrary<infer T> ? T : never;

type Op =
  | { kind: 'insert'; rows: RecordValues[] }
  | { kind: 'update'; every: number; offset: number; set: RecordValues }
  | { kind: 'move'; every: number; offset: number; place: Place; month: string }
  | { kind: 'delete'; every: number; offset: number }
  | { kind: 'validate'; place: Place; period: 'quarter' | 'year'; start: string }
  | { kind: 'reopen'; every: number; offset: number }
  | { kind: 'deleteReport'; every: number; offset: number }
  | { kind: 'merge'; into: Place; rows: RecordValues[]; validated: string | null }
  | { kind: 'transaction'; ops: Op[] };

const subsetArb = { every: fc.integer({ min: 1, max: 4 }), offset: fc.integer({ min: 0, max: 3 }) };

/** Operations on records and reports (a merge runs in its own transaction, as an admin's request). */
const writeOpArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    kind: fc.constant('insert' as const),
    rows: fc.array(recordValues, { minLength: 1, maxLength: 20 }),
  }),
  fc.record({ kind: fc.constant('update' as const), ...subsetArb, set: recordValues }),
  fc.record({
    kind: fc.constant('move' as const),
    ...subsetArb,
    place: fc.constantFrom(...PLACES),
    month: fc.constantFrom(...MONTHS),
  }),
  fc.record({ kind: fc.constant('delete' as const), ...subsetArb }),
  fc.oneof(
    fc.record({
      kind: fc.constant('validate' as const),
      place: fc.constantFrom(...PLACES),
      period: fc.constant('quarter' as const),
      start: fc.constantFrom(...QUARTERS),
    }),
    fc.record({
      kind: fc.constant('validate' as const),
      place: fc.constantFrom(...PLACES),
      period: fc.constant('year' as const),
      start: fc.constantFrom(...YEARS),
    }),
  ),
  fc.record({ kind: fc.constant('reopen' as const), ...subsetArb }),
  fc.record({ kind: fc.constant('deleteReport' as const), ...subsetArb }),
);

const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 8, arbitrary: writeOpArb },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('transaction' as const),
      ops: fc.array(writeOpArb, { minLength: 2, maxLength: 4 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('merge' as const),
      into: fc.constantFrom(...PLACES),
      rows: fc.array(recordValues, { minLength: 0, maxLength: 10 }),
      validated: fc.option(fc.constantFrom(...QUARTERS), { nil: null }),
    }),
  },
);

const subset = (table: 'activity_records' | 'reports', every: number, offset: number, where = sql`true`) =>
  sql`id in (
    select id from (select id, row_number() over (order by id) as n from ${sql.table(`public.${table}`)}
      where ${where}) s
    where s.n % ${every} = ${offset % every})`;

const placeId = (p: Place) => f.places[p];

async function apply(db: TestDatabase['db'], op: Op): Promise<void> {
  switch (op.kind) {
    case 'insert':
      await db
        .insertInto('activity_records')
        .values(op.rows.map(({ place, ...row }) => ({ ...row, place_id: placeId(place) })))
        .execute();
      return;
    case 'update':
      await sql`update public.activity_records set place_id = ${placeId(op.set.place)}, date = ${op.set.date},
          duration_minutes = ${op.set.duration_minutes}, themes = ${op.set.themes}::text[],
          participants_total = participants_total + case when type = 'collectif' then 1 else 0 end,
          counts_by_genre = null,
          counts_by_tranche_age = case when type = 'collectif' then null else counts_by_tranche_age end,
          counts_by_statut_social = case when type = 'collectif' then null else counts_by_statut_social end
        where ${subset('activity_records', op.every, op.offset)}`.execute(db);
      return;
    case 'move':
      await sql`update public.activity_records
        set place_id = ${placeId(op.place)}, date = (${`${op.month}-01`}::date + (extract(day from date)::int - 1))
        where ${subset('activity_records', op.every, op.offset)}`.execute(db);
      return;
    case 'delete':
      await sql`delete from public.activity_records where ${subset('activity_records', op.every, op.offset)}`.execute(
        db,
      );
      return;
    case 'validate':
      await sql`insert into public.reports (place_id, period, period_start, status, submitted_by, submitted_at,
          reviewed_by, reviewed_at)
        values (${placeId(op.place)}, ${op.period}, ${op.start}, 'validated', ${f.users.managerA.id}, now(),
          ${f.users.admin.id}, now())
        on conflict (place_id, period, period_start) do update set status = 'validated',
          submitted_at = coalesce(public.reports.submitted_at, now()), reviewed_at = now()`.execute(db);
      return;
    case 'reopen':
      await sql`update public.reports set status = 'sent_back', review_comment = 'À revoir'
        where ${subset('reports', op.every, op.offset, sql`status = 'validated'`)}`.execute(db);
      return;
    case 'deleteReport':
      await sql`delete from public.reports where ${subset('reports', op.every, op.offset)}`.execute(db);
      return;
    case 'merge': {
      // A new place with records (and a validated quarter, maybe), folded into one of the fixtures' places by
      // a network admin: its records and reports move (a report of a period both have stops the merge).
      const id = randomUUID();
      await db
        .insertInto('places')
        .values({ id, slug: `doublon-${id}`, name: `Doublon ${id.slice(0, 8)}` })
        .execute();
      if (op.rows.length > 0) {
        await db
          .insertInto('activity_records')
          .values(op.rows.map(({ place: _, ...row }) => ({ ...row, place_id: id })))
          .execute();
      }
      if (op.validated)
        await apply(db, { kind: 'validate', place: 'A', period: 'quarter', start: op.validated });
      if (op.validated) {
        // The quarter just validated for A is given to the new place instead.
        await sql`update public.reports set place_id = ${id}
          where place_id = ${f.places.A} and period = 'quarter' and period_start = ${op.validated}`.execute(
          db,
        );
      }
      await withSession(db, claimsFor(f.users.admin), async (tx) => {
        await sql`select private.merge_places(${id}::uuid, ${placeId(op.into)}::uuid)`.execute(tx);
      }).catch(() => undefined);
      return;
    }
    case 'transaction':
      await db.transaction().execute(async (tx) => {
        for (const inner of op.ops) await apply(tx, inner);
      });
      return;
  }
}

describe('network roll-up', () => {
  it('equals the raw computation after any sequence of record writes, validations, reopenings and merges', async () => {
    await expectRollupEqualsRaw();
    // Validated months met along the way: a sequence may well end with every report reopened or deleted.
    let validatedMonthsSeen = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { minLength: 1, maxLength: 10 }), async (ops) => {
        for (const op of ops) {
          await apply(t.db, op);
          await expectRollupEqualsRaw();
          const { rows } = await sql<{ n: number }>`
            select count(*)::int as n from private.validated_activity_months`.execute(t.db);
          validatedMonthsSeen = Math.max(validatedMonthsSeen, rows[0]?.n ?? 0);
        }
      }),
      { numRuns: 25 },
    );
    // The sequences did merge places, and met validated months.
    const { rows } = await sql<{ merged: number }>`
      select count(*)::int as merged from public.places where merged_into_id is not null`.execute(t.db);
    expect(rows[0]?.merged).toBeGreaterThan(0);
    expect(validatedMonthsSeen).toBeGreaterThan(0);
  });

  it('gives the network dashboards computed from raw records, the observers’ validated months included', async () => {
    // A known state: A's first quarter of 2026 validated, records inside and outside it.
    await sql`delete from public.reports where status = 'validated'`.execute(t.db);
    await apply(t.db, {
      kind: 'insert',
      rows: fc.sample(recordValues, { numRuns: 30, seed: 45 }),
    });
    await apply(t.db, { kind: 'validate', place: 'A', period: 'quarter', start: '2026-01-01' });
    await sql`update public.activity_records set place_id = ${f.places.A}, date = '2026-02-14'
      where id in (select id from public.activity_records order by id limit 3)`.execute(t.db);
    await expectRollupEqualsRaw();
    const ranges = [
      RANGE,
      { from: '2025-12-01', to: '2026-03-01' },
      { from: '2026-02-01', to: '2026-02-01' },
    ];
    await withSession(t.db, claimsFor(f.users.admin), async (tx) => {
      for (const range of ranges) {
        expect(await getDashboard(tx, { kind: 'network' }, range)).toEqual(
          await getDashboardNaive(tx, { kind: 'network' }, range),
        );
        expect(await getDashboard(tx, { kind: 'network' }, range, { validatedOnly: true })).toEqual(
          await getDashboardNaive(tx, { kind: 'network' }, range, { validatedOnly: true }),
        );
        for (const scope of [
          { kind: 'region', code: '53' },
          { kind: 'departement', code: '80' },
          { kind: 'hub', fabriqueId: f.places.A },
          { kind: 'place', placeId: f.places.B },
        ] as const) {
          expect(await getDashboard(tx, scope, range)).toEqual(await getDashboardNaive(tx, scope, range));
          expect(await getDashboard(tx, scope, range, { validatedOnly: true })).toEqual(
            await getDashboardNaive(tx, scope, range, { validatedOnly: true }),
          );
        }
      }
    });
    const [total, validated] = await withSession(t.db, claimsFor(f.users.admin), (tx) =>
      Promise.all([
        getDashboardNaive(tx, { kind: 'network' }, RANGE),
        getDashboardNaive(tx, { kind: 'network' }, RANGE, { validatedOnly: true }),
      ]),
    );
    expect(total.totals.records).toBeGreaterThan(validated.totals.records);
    expect(validated.totals.records).toBeGreaterThan(0);
    // An observer reads the validated roll-up (and never a record): the same dashboard.
    const observed = await withSession(t.db, claimsFor(f.users.observer), async (tx) => {
      const rollup = await tx.selectFrom('activity_network_monthly').select('validated').distinct().execute();
      expect(rollup.map((r) => r.validated)).toEqual([true]);
      const totals = await tx
        .selectFrom('activity_place_monthly_totals')
        .select('validated')
        .distinct()
        .execute();
      expect(totals.map((r) => r.validated)).toEqual([true]);
      return getDashboard(tx, { kind: 'network' }, RANGE);
    });
    expect(observed.totals).toEqual(validated.totals);
    expect(observed.byMonth).toEqual(validated.byMonth);
    expect(observed.byTheme).toEqual(validated.byTheme);
  });

  it('is rebuilt identically, and follows a truncation of the records or of the reports', async () => {
    const before = await storedRollup();
    await sql`select private.rebuild_activity_aggregates()`.execute(t.db);
    expect(await storedRollup()).toEqual(before);
    await sql`truncate public.reports cascade`.execute(t.db);
    await expectRollupEqualsRaw();
    expect((await storedRollup()).every((r) => !r.validated)).toBe(true);
    await sql`truncate public.activity_records cascade`.execute(t.db);
    expect(await storedRollup()).toEqual([]);
    expect(await storedPlaceTotals()).toEqual([]);
  });
});
