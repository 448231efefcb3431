import { describe, expect, it } from 'vitest';
import { canInvite } from './invitations.ts';
import type { Viewer } from './roles.ts';

const person = (overrides: Partial<Viewer>): Viewer => ({
  userId: 'u',
  email: 'x@y.fr',
  displayName: null,
  networkRole: null,
  memberships: [],
  ...overrides,
});
const managerOfA = person({ memberships: [{ placeId: 'A', placeName: 'A', role: 'manager' }] });
const memberOfA = person({ memberships: [{ placeId: 'A', placeName: 'A', role: 'member' }] });
const admin = person({ networkRole: 'network_admin' });

describe('canInvite', () => {
  it('lets a manager invite members and managers to their own place only', () => {
    expect(canInvite(managerOfA, { placeId: 'A', role: 'member' })).toBe(true);
    expect(canInvite(managerOfA, { placeId: 'A', role: 'manager' })).toBe(true);
    expect(canInvite(managerOfA, { placeId: 'B', role: 'member' })).toBe(false);
  });
  it('never lets a manager give a network role', () => {
    expect(canInvite(managerOfA, { placeId: null, role: 'network_admin' })).toBe(false);
    expect(canInvite(managerOfA, { placeId: 'A', role: 'observer' })).toBe(false);
  });
  it('does not let a member invite', () => {
    expect(canInvite(memberOfA, { placeId: 'A', role: 'member' })).toBe(false);
  });
  it('lets a network admin invite to any place, and to the network without a place', () => {
    expect(canInvite(admin, { placeId: 'B', role: 'manager' })).toBe(true);
    expect(canInvite(admin, { placeId: null, role: 'observer' })).toBe(true);
    expect(canInvite(admin, { placeId: 'B', role: 'observer' })).toBe(false);
    expect(canInvite(admin, { placeId: null, role: 'member' })).toBe(false);
  });
});
