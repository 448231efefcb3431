// The monthly pre-aggregates on the real database: after any sequence of bulk inserts, updates (a record
// moving place or month included) and deletes, they equal a fresh computation from the records; the
// dashboard read from them equals the one computed from raw records; an observer sees only the months of
// validated reports and never a record; a fabrique's managers see their hub.
import {
  type AggregatedRecord,
  type AggregateRow,
  aggregateRecords,
  buildDashboard,
  compareAggregateRows,
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
  // These tests rewrite records in and out of the fixtures' validated year, which decision 036 freezes: the
  // freeze is tested by the API's frozen-periods test and set aside here (the owner's right, this database
  // only).
  for (const event of ['insert', 'update', 'delete']) {
    await sql
      .raw(`alter table public.activity_records disable trigger activity_records_frozen_${event}`)
      .execute(t.db);
  }
});
afterAll(() => t.drop());

const THEMES = ['email', 'bureautique', 'sante', 'securite_numerique', 'reseaux_sociaux'] as const;
const MONTHS = ['2025-11', '2025-12', '2026-01', '2026-02', '2026-03'] as const;

/** Records as stored (JSON text for the counts), the source of the fresh computation. */
async function storedRecords(): Promise<AggregatedRecord[]> {
  const { rows } = await sql<AggregatedRecord>`
    select place_id as "placeId", to_char(date, 'YYYY-MM-DD') as date, type,
      duration_minutes as "durationMinutes", participants_total as "participantsTotal",
      deja_accompagne as "dejaAccompagne", themes, counts_by_genre as "countsByGenre",
      counts_by_tranche_age as "countsByTrancheAge", counts_by_statut_social as "countsByStatutSocial"
    from public.activity_records`.execute(t.db);
  return rows;
}

async function storedAggregates(): Promise<AggregateRow[]> {
  const { rows } = await sql<AggregateRow>`
    select place_id as "placeId", to_char(month, 'YYYY-MM-DD') as month, dimension, code, records,
      individual, collective, participants, minutes, deja_accompagne as "dejaAccompagne"
    from public.activity_monthly_aggregates`.execute(t.db);
  return rows.sort(compareAggregateRows);
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

/** The columns of a valid record (of place A, B or C), as a row to insert or to set. */
const recordValues = fc
  .record({
    place: fc.constantFrom('A', 'B', 'C') as fc.Arbitrary<'A' | 'B' | 'C'>,
    month: fc.constantFrom(...MONTHS),
    day: fc.integer({ min: 1, max: 28 }),
    collective: fc.boolean(),
    size: fc.integer({ min: 1, max: 12 }),
    duration: fc.integer({ min: 1, max: 600 }),
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
  | { kind: 'move'; every: number; offset: number; place: 'A' | 'B' | 'C'; month: string }
  | { kind: 'delete'; every: number; offset: number };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    kind: fc.constant('insert' as const),
    rows: fc.array(recordValues, { minLength: 1, maxLength: 25 }),
  }),
  fc.record({
    kind: fc.constant('update' as const),
    every: fc.integer({ min: 1, max: 4 }),
    offset: fc.integer({ min: 0, max: 3 }),
    set: recordValues,
  }),
  fc.record({
    kind: fc.constant('move' as const),
    every: fc.integer({ min: 1, max: 4 }),
    offset: fc.integer({ min: 0, max: 3 }),
    place: fc.constantFrom('A', 'B', 'C') as fc.Arbitrary<'A' | 'B' | 'C'>,
    month: fc.constantFrom(...MONTHS),
  }),
  fc.record({
    kind: fc.constant('delete' as const),
    every: fc.integer({ min: 1, max: 4 }),
    offset: fc.integer({ min: 0, max: 3 }),
  }),
);

/** A deterministic subset of the records: every `every`-th by id, from `offset`. */
const subset = (every: number, offset: number) => sql`id in (
  select id from (select id, row_number() over (order by id) as n from public.activity_records) s
  where s.n % ${every} = ${offset % every})`;

async function apply(op: Op): Promise<void> {
  const placeId = (p: 'A' | 'B' | 'C') => f.places[p];
  switch (op.kind) {
    case 'insert':
      // One statement for the batch: the statement-level trigger sees them all at once.
      await t.db
        .insertInto('activity_records')
        .values(op.rows.map(({ place, ...row }) => ({ ...row, place_id: placeId(place) })))
        .execute();
      return;
    case 'update':
      // Place, month, duration and themes change; collective workshops grow by one person (their breakdowns
      // then become "non renseigné"), individual ones lose their breakdown by genre.
      await sql`update public.activity_records set place_id = ${placeId(op.set.place)}, date = ${op.set.date},
          duration_minutes = ${op.set.duration_minutes}, themes = ${op.set.themes}::text[],
          participants_total = participants_total + case when type = 'collectif' then 1 else 0 end,
          counts_by_genre = null,
          counts_by_tranche_age = case when type = 'collectif' then null else counts_by_tranche_age end,
          counts_by_statut_social = case when type = 'collectif' then null else counts_by_statut_social end
        where ${subset(op.every, op.offset)}`.execute(t.db);
      return;
    case 'move':
      await sql`update public.activity_records
        set place_id = ${placeId(op.place)}, date = (${`${op.month}-01`}::date + (extract(day from date)::int - 1))
        where ${subset(op.every, op.offset)}`.execute(t.db);
      return;
    case 'delete':
      await sql`delete from public.activity_records where ${subset(op.every, op.offset)}`.execute(t.db);
      return;
  }
}

describe('activity pre-aggregates', () => {
  it('equal a fresh computation after any sequence of inserts, updates, moves and deletes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { minLength: 1, maxLength: 8 }), async (ops) => {
        for (const op of ops) {
          await apply(op);
          expect(await storedAggregates()).toEqual(aggregateRecords(await storedRecords()));
        }
      }),
      { numRuns: 12 },
    );
  });

  it('follow changes made by the people who write records (their triggers write what they cannot)', async () => {
    await withSession(t.db, claimsFor(f.users.managerA), async (tx) => {
      await tx
        .insertInto('activity_records')
        .values({
          place_id: f.places.A,
          type: 'collectif',
          date: '2026-02-12',
          duration_minutes: 120,
          themes: ['bureautique'],
          titre_atelier: 'Tableur',
          participants_total: 5,
          counts_by_genre: JSON.stringify({ feminin: 3, masculin: 2 }),
        })
        .execute();
      await sql`update public.activity_records set participants_total = 6, counts_by_genre = null
        where titre_atelier = 'Tableur'`.execute(tx);
    });
    expect(await storedAggregates()).toEqual(aggregateRecords(await storedRecords()));
    await sql`delete from public.activity_records where titre_atelier = 'Tableur'`.execute(t.db);
    expect(await storedAggregates()).toEqual(aggregateRecords(await storedRecords()));
  });

  it('give the dashboard computed from raw records, for every kind of scope', async () => {
    const range = { from: '2025-11-01', to: '2026-04-01' };
    const scopes = [
      { kind: 'network' },
      { kind: 'region', code: '53' },
      { kind: 'departement', code: '80' },
      { kind: 'hub', fabriqueId: f.places.A },
      { kind: 'place', placeId: f.places.B },
    ] as const;
    await withSession(t.db, claimsFor(f.users.admin), async (tx) => {
      for (const scope of scopes) {
        const fast = await getDashboard(tx, scope, range);
        expect(fast).toEqual(await getDashboardNaive(tx, scope, range));
      }
      const network = await getDashboard(tx, { kind: 'network' }, range);
      const records = (await storedRecords()).filter((r) => r.date >= range.from && r.date < range.to);
      expect(network.totals.participants).toBe(records.reduce((n, r) => n + r.participantsTotal, 0));
      expect(network.totals.records).toBe(records.length);
      expect(network.title).toBe('Réseau Fabriques');
    });
  });

  it('show an observer only the months of validated reports, and never a record', async () => {
    await t.db.deleteFrom('activity_records').execute();
    const record = (placeId: string, date: string, participants: number) => ({
      place_id: placeId,
      type: 'collectif' as const,
      date,
      duration_minutes: 60,
      themes: ['email'],
      participants_total: participants,
    });
    await t.db
      .insertInto('activity_records')
      .values([
        record(f.places.A, '2026-02-10', 7),
        record(f.places.A, '2026-04-10', 11),
        record(f.places.B, '2026-02-10', 13),
      ])
      .execute();
    // The quarter's draft of the fixtures makes way for a validated report.
    await t.db.deleteFrom('reports').where('id', '=', f.reports.A_draft).execute();
    await t.db
      .insertInto('reports')
      .values({
        place_id: f.places.A,
        period: 'quarter',
        period_start: '2026-01-01',
        status: 'validated',
        submitted_by: f.users.managerA.id,
        submitted_at: '2026-04-02T10:00:00Z',
        reviewed_by: f.users.admin.id,
        reviewed_at: '2026-04-03T10:00:00Z',
      })
      .execute();
    const range = { from: '2026-01-01', to: '2026-07-01' };
    await withSession(t.db, claimsFor(f.users.observer), async (tx) => {
      expect(await tx.selectFrom('activity_records').select('id').execute()).toEqual([]);
      const dashboard = await getDashboard(tx, { kind: 'network' }, range);
      expect(dashboard.totals.participants).toBe(7);
      expect(dashboard.places.map((p) => [p.placeId, p.participants])).toEqual([[f.places.A, 7]]);
      expect(dashboard.byMonth.find((m) => m.month === '2026-04-01')?.participants).toBe(0);
      // From the raw records an observer sees nothing at all.
      expect((await getDashboardNaive(tx, { kind: 'network' }, range)).totals.records).toBe(0);
    });
    await withSession(t.db, claimsFor(f.users.admin), async (tx) => {
      expect((await getDashboard(tx, { kind: 'network' }, range)).totals.participants).toBe(31);
    });
  });

  it("show a fabrique's managers the activity of its hub, and nobody else's", async () => {
    await t.db
      .updateTable('places')
      .set({ hub_fabrique_id: f.places.A })
      .where('id', '=', f.places.B)
      .execute();
    const range = { from: '2026-01-01', to: '2026-07-01' };
    await withSession(t.db, claimsFor(f.users.managerA), async (tx) => {
      const hub = await getDashboard(tx, { kind: 'hub', fabriqueId: f.places.A }, range);
      expect(hub.totals.participants).toBe(31);
      const rows = await tx.selectFrom('activity_monthly_aggregates').select('place_id').distinct().execute();
      expect(rows.map((r) => r.place_id).sort()).toEqual([f.places.A, f.places.B].sort());
    });
    await withSession(t.db, claimsFor(f.users.managerB), async (tx) => {
      expect((await getDashboard(tx, { kind: 'network' }, range)).totals.participants).toBe(13);
    });
    await t.db.updateTable('places').set({ hub_fabrique_id: null }).where('id', '=', f.places.B).execute();
  });

  it('are rebuilt from the records identically', async () => {
    const before = await storedAggregates();
    await sql`select private.rebuild_activity_aggregates()`.execute(t.db);
    expect(await storedAggregates()).toEqual(before);
    const built = buildDashboard({
      scope: { kind: 'network' },
      range: { from: '2026-01-01', to: '2027-01-01' },
      title: '',
      rows: before,
      places: new Map(),
    });
    expect(built.totals.participants).toBe(31);
  });
});
