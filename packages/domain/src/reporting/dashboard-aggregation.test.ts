import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GENRES, STATUTS_SOCIAUX, THEMATIQUES, TRANCHES_AGE } from '../vocabulary/activity-records.ts';
import { NON_RENSEIGNE } from './dashboard.ts';
import {
  type AggregatedRecord,
  type AggregateRow,
  aggregateRecords,
  buildDashboard,
  type DashboardPlaceInfo,
  monthsOf,
} from './dashboard-aggregation.ts';

const PLACES: DashboardPlaceInfo[] = [
  { placeId: 'p1', name: 'Fabrique de la baie', lat: 47.87, lng: -3.92, isQpv: true, isRural: false },
  { placeId: 'p2', name: 'Tiers-lieu des monts', lat: 48.4, lng: -3.8, isQpv: false, isRural: true },
  { placeId: 'p3', name: 'Médiathèque', lat: null, lng: null, isQpv: false, isRural: false },
];
const places = new Map(PLACES.map((p) => [p.placeId, p]));
const ALL_TIME = { from: '2024-01-01', to: '2027-01-01' };

/** A breakdown of `total` people over `codes`, or none. */
const countsOf = (codes: readonly string[], total: number) =>
  fc.option(
    fc.array(fc.constantFrom(...codes), { minLength: total, maxLength: total }).map((picked) => {
      const map: Record<string, number> = {};
      for (const code of picked) map[code] = (map[code] ?? 0) + 1;
      return map;
    }),
    { nil: null },
  );

const recordArb: fc.Arbitrary<AggregatedRecord> = fc
  .record({
    placeId: fc.constantFrom('p1', 'p2', 'p3'),
    date: fc
      .date({
        min: new Date('2024-01-01T00:00:00Z'),
        max: new Date('2026-12-31T00:00:00Z'),
        noInvalidDate: true,
      })
      .map((d) => d.toISOString().slice(0, 10)),
    type: fc.constantFrom('individuel' as const, 'collectif' as const),
    durationMinutes: fc.integer({ min: 1, max: 1440 }),
    collectiveSize: fc.integer({ min: 1, max: 30 }),
    themes: fc.array(fc.constantFrom(...THEMATIQUES), { minLength: 1, maxLength: 4 }),
  })
  .chain((base) => {
    const total = base.type === 'individuel' ? 1 : base.collectiveSize;
    return fc.record({
      placeId: fc.constant(base.placeId),
      date: fc.constant(base.date),
      type: fc.constant(base.type),
      durationMinutes: fc.constant(base.durationMinutes),
      participantsTotal: fc.constant(total),
      dejaAccompagne: fc.integer({ min: 0, max: total }),
      themes: fc.constant(base.themes),
      countsByGenre: countsOf(GENRES, total),
      countsByTrancheAge: countsOf(TRANCHES_AGE, total),
      countsByStatutSocial: countsOf(STATUTS_SOCIAUX, total),
    });
  });

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
const dashboardOf = (records: AggregatedRecord[], range = ALL_TIME) =>
  buildDashboard({
    scope: { kind: 'network' },
    range,
    title: 'Réseau',
    rows: aggregateRecords(records),
    places,
  });

describe('dashboard aggregation', () => {
  it('totals always equal the sum of the underlying records, whichever way they are cut', () => {
    fc.assert(
      fc.property(fc.array(recordArb, { maxLength: 60 }), (records) => {
        const d = dashboardOf(records);
        const participants = sum(records.map((r) => r.participantsTotal));
        expect(d.totals.records).toBe(records.length);
        expect(d.totals.individual + d.totals.collective).toBe(records.length);
        expect(d.totals.participants).toBe(participants);
        expect(d.totals.minutes).toBe(sum(records.map((r) => r.durationMinutes)));
        expect(d.totals.dejaAccompagne).toBe(sum(records.map((r) => r.dejaAccompagne)));
        expect(sum(d.byMonth.map((m) => m.participants))).toBe(participants);
        expect(sum(d.byMonth.map((m) => m.records))).toBe(records.length);
        expect(sum(d.byGenre.map((c) => c.participants))).toBe(participants);
        expect(sum(d.byTrancheAge.map((c) => c.participants))).toBe(participants);
        expect(sum(d.byStatutSocial.map((c) => c.participants))).toBe(participants);
        expect(d.byTerritoryKind.qpv + d.byTerritoryKind.rural + d.byTerritoryKind.other).toBe(participants);
        expect(sum(d.places.map((p) => p.participants))).toBe(participants);
      }),
    );
  });

  it('counts people without a breakdown as "non renseigné", and each theme once per record', () => {
    fc.assert(
      fc.property(fc.array(recordArb, { maxLength: 40 }), (records) => {
        const d = dashboardOf(records);
        const unknownGenre = sum(
          records.filter((r) => r.countsByGenre === null).map((r) => r.participantsTotal),
        );
        expect(d.byGenre.find((c) => c.code === NON_RENSEIGNE)?.participants).toBe(unknownGenre);
        for (const theme of d.byTheme) {
          const expected = sum(
            records.filter((r) => r.themes.includes(theme.code)).map((r) => r.participantsTotal),
          );
          expect(theme.participants).toBe(expected);
        }
        const themesSeen = new Set(records.flatMap((r) => r.themes));
        expect(d.byTheme.map((t) => t.code).sort()).toEqual([...themesSeen].sort());
      }),
    );
  });

  it('keeps only the months of the range, every one of them, in order', () => {
    fc.assert(
      fc.property(fc.array(recordArb, { maxLength: 40 }), (records) => {
        const range = { from: '2025-03-01', to: '2025-09-01' };
        const d = dashboardOf(records, range);
        expect(d.byMonth.map((m) => m.month)).toEqual(monthsOf(range));
        const inRange = records.filter((r) => r.date >= range.from && r.date < range.to);
        expect(d.totals.participants).toBe(sum(inRange.map((r) => r.participantsTotal)));
      }),
    );
  });

  it('adds and takes away like the triggers: aggregates of A and B, minus those of B, are those of A', () => {
    const key = (r: AggregateRow) => `${r.placeId}|${r.month}|${r.dimension}|${r.code}`;
    const FIELDS = [
      'records',
      'individual',
      'collective',
      'participants',
      'minutes',
      'dejaAccompagne',
    ] as const;
    fc.assert(
      fc.property(fc.array(recordArb, { maxLength: 30 }), fc.array(recordArb, { maxLength: 30 }), (a, b) => {
        const rows = new Map(aggregateRecords([...a, ...b]).map((r) => [key(r), { ...r }]));
        for (const r of aggregateRecords(b)) {
          const row = rows.get(key(r));
          if (!row) throw new Error(`missing ${key(r)}`);
          for (const f of FIELDS) row[f] -= r[f];
          if (row.records === 0) rows.delete(key(r));
        }
        expect([...rows.values()].sort((x, y) => key(x).localeCompare(key(y)))).toEqual(
          aggregateRecords(a).sort((x, y) => key(x).localeCompare(key(y))),
        );
      }),
    );
  });

  it('splits participants between QPV, rural and other places and lists places by participants', () => {
    const record = (placeId: string, participantsTotal: number): AggregatedRecord => ({
      placeId,
      date: '2026-02-10',
      type: 'collectif',
      durationMinutes: 90,
      participantsTotal,
      dejaAccompagne: 0,
      themes: ['email'],
      countsByGenre: null,
      countsByTrancheAge: null,
      countsByStatutSocial: null,
    });
    const d = dashboardOf([record('p1', 4), record('p2', 7), record('p3', 2), record('p2', 1)]);
    expect(d.byTerritoryKind).toEqual({ qpv: 4, rural: 8, other: 2 });
    expect(d.places.map((p) => [p.name, p.participants])).toEqual([
      ['Tiers-lieu des monts', 8],
      ['Fabrique de la baie', 4],
      ['Médiathèque', 2],
    ]);
  });
});
