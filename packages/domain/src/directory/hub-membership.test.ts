import { describe, expect, it } from 'vitest';
import { hubMembershipProblem } from './hub-membership.ts';

const base = { placeId: 'a', hubId: 'b', placeIsFabrique: false, hubIsFabrique: true, hubArchived: false };

describe('hubMembershipProblem', () => {
  it('accepts a place joining a fabrique', () => expect(hubMembershipProblem(base)).toBeNull());
  it('refuses the place itself', () =>
    expect(hubMembershipProblem({ ...base, hubId: 'a' })).toBe('validation.place_admin.hub_self'));
  it('refuses a fabrique joining another hub', () =>
    expect(hubMembershipProblem({ ...base, placeIsFabrique: true })).toBe(
      'validation.place_admin.hub_place_is_fabrique',
    ));
  it('refuses a hub that is not a fabrique', () =>
    expect(hubMembershipProblem({ ...base, hubIsFabrique: false })).toBe(
      'validation.place_admin.hub_not_fabrique',
    ));
});
