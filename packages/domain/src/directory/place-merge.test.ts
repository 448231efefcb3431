import { describe, expect, it } from 'vitest';
import { decideMerge, type MergeFacts, mergeMoves, mergePlacesInput } from './place-merge.ts';

const A = '0b0e6d6e-6a1c-4a5c-9f7e-000000000001';
const B = '0b0e6d6e-6a1c-4a5c-9f7e-000000000002';
const C = '0b0e6d6e-6a1c-4a5c-9f7e-000000000003';

const facts = (over: Partial<MergeFacts> = {}): MergeFacts => ({
  duplicate: { id: A, status: 'published', mergedIntoId: null },
  kept: { id: B, status: 'published', mergedIntoId: null },
  loansBetween: 0,
  reportPeriodsInBoth: 0,
  ...over,
});

describe('decideMerge', () => {
  it('lets two live places merge', () => {
    expect(decideMerge(facts())).toEqual({ kind: 'ready' });
    expect(decideMerge(facts({ duplicate: { id: A, status: 'archived', mergedIntoId: null } }))).toEqual({
      kind: 'ready',
    });
  });

  it('treats a merge already done into the same place as done (a double submit)', () => {
    expect(decideMerge(facts({ duplicate: { id: A, status: 'archived', mergedIntoId: B } }))).toEqual({
      kind: 'already_merged',
    });
  });

  it('blocks what cannot be settled automatically', () => {
    expect(decideMerge(facts({ kept: { id: A, status: 'published', mergedIntoId: null } }))).toEqual({
      kind: 'blocked',
      blockers: ['same_place'],
    });
    expect(
      decideMerge(
        facts({
          duplicate: { id: A, status: 'archived', mergedIntoId: C },
          kept: { id: B, status: 'archived', mergedIntoId: null },
          loansBetween: 1,
          reportPeriodsInBoth: 2,
        }),
      ),
    ).toEqual({
      kind: 'blocked',
      blockers: ['duplicate_merged_elsewhere', 'kept_archived', 'loan_between', 'reports_same_period'],
    });
    expect(decideMerge(facts({ kept: { id: B, status: 'archived', mergedIntoId: C } }))).toEqual({
      kind: 'blocked',
      blockers: ['kept_merged'],
    });
  });
});

describe('mergeMoves', () => {
  it('lists the subjects with rows in a fixed order, places by column, unknown tables by name', () => {
    expect(
      mergeMoves([
        { table: 'bookings', column: 'place_id', n: 4 },
        { table: 'place_memberships', column: 'place_id', n: 2 },
        { table: 'places', column: 'hub_fabrique_id', n: 3 },
        { table: 'places', column: 'merged_into_id', n: 0 },
        { table: 'loans', column: 'lender_place_id', n: 1 },
        { table: 'loans', column: 'borrower_place_id', n: 2 },
        { table: 'zz_future_table', column: 'place_id', n: 5 },
        { table: 'tools', column: 'place_id', n: 0 },
      ]),
    ).toEqual([
      { subject: 'place_memberships', table: 'place_memberships', n: 2 },
      { subject: 'places_hub_fabrique_id', table: 'places_hub_fabrique_id', n: 3 },
      { subject: 'bookings', table: 'bookings', n: 4 },
      { subject: 'loans', table: 'loans', n: 3 },
      { subject: null, table: 'zz_future_table', n: 5 },
    ]);
  });
});

describe('mergePlacesInput', () => {
  it('asks for the place to keep, and refuses the place itself', () => {
    const missing = mergePlacesInput.safeParse({ duplicateId: A, keptId: '' });
    expect(missing.error?.issues[0]).toMatchObject({
      path: ['keptId'],
      message: 'validation.place_merge.kept_required',
    });
    const same = mergePlacesInput.safeParse({ duplicateId: A, keptId: A });
    expect(same.error?.issues[0]).toMatchObject({
      path: ['keptId'],
      message: 'validation.place_merge.same_place',
    });
  });
});
