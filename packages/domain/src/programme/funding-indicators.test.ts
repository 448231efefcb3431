import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { costPerParticipant, fundingIndicatorsByYear, minutesToHours } from './funding-indicators.ts';

describe('funding next to indicators', () => {
  it('puts each payment in the year it was paid, next to that year’s activity, with the cost per person', () => {
    const years = fundingIndicatorsByYear(
      [
        { paidOn: '2025-03-01', amountCents: 5_000_000 },
        { paidOn: '2026-02-03', amountCents: 3_000_000 },
        { paidOn: '2026-09-15', amountCents: 1_500_000 },
      ],
      [
        { year: 2026, records: 40, participants: 300, minutes: 5400 },
        { year: 2027, records: 2, participants: 3, minutes: 120 },
      ],
    );
    expect(years).toEqual([
      {
        year: 2025,
        paidCents: 5_000_000,
        records: 0,
        participants: 0,
        minutes: 0,
        costPerParticipantCents: null,
      },
      {
        year: 2026,
        paidCents: 4_500_000,
        records: 40,
        participants: 300,
        minutes: 5400,
        costPerParticipantCents: 15_000,
      },
      { year: 2027, paidCents: 0, records: 2, participants: 3, minutes: 120, costPerParticipantCents: 0 },
    ]);
  });

  it('never divides by nobody, and rounds to the cent', () => {
    expect(costPerParticipant(1_000_000, 0)).toBeNull();
    expect(costPerParticipant(100, 3)).toBe(33);
    expect(minutesToHours(90)).toBe(1.5);
    expect(minutesToHours(100)).toBe(1.7);
  });

  it('loses no euro and no person between the disbursements, the records and the yearly lines', () => {
    const paid = fc.record({
      paidOn: fc.integer({ min: 2020, max: 2030 }).map((y) => `${y}-06-01`),
      amountCents: fc.integer({ min: 1, max: 5_000_000 }),
    });
    const activity = fc.record({
      year: fc.integer({ min: 2020, max: 2030 }),
      records: fc.integer({ min: 1, max: 1000 }),
      participants: fc.integer({ min: 1, max: 5000 }),
      minutes: fc.integer({ min: 1, max: 100_000 }),
    });
    fc.assert(
      fc.property(fc.array(paid, { maxLength: 12 }), fc.array(activity, { maxLength: 12 }), (p, a) => {
        const years = fundingIndicatorsByYear(p, a);
        const sum = (xs: number[]) => xs.reduce((x, y) => x + y, 0);
        expect(sum(years.map((y) => y.paidCents))).toBe(sum(p.map((d) => d.amountCents)));
        expect(sum(years.map((y) => y.participants))).toBe(sum(a.map((r) => r.participants)));
        expect(new Set(years.map((y) => y.year)).size).toBe(years.length);
        for (const y of years) {
          if (y.participants === 0) expect(y.costPerParticipantCents).toBeNull();
          else
            expect(
              Math.abs((y.costPerParticipantCents ?? 0) * y.participants - y.paidCents),
            ).toBeLessThanOrEqual(y.participants);
        }
      }),
    );
  });
});
