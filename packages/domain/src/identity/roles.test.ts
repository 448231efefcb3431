import { describe, expect, it } from 'vitest';
import { homeRole, isManagerOf, usesAdminConsole, type Viewer } from './roles.ts';

const base: Viewer = { userId: 'u', email: 'a@b.fr', displayName: null, networkRole: null, memberships: [] };
const placeA = { placeId: 'A', placeName: 'Konk Ar Lab' };

describe('homeRole', () => {
  it('sends a person with no place and no network role to the resident home', () => {
    expect(homeRole(base)).toBe('resident');
  });
  it('prefers the widest role held', () => {
    expect(homeRole({ ...base, memberships: [{ ...placeA, role: 'member' }] })).toBe('member');
    expect(
      homeRole({
        ...base,
        memberships: [
          { ...placeA, role: 'member' },
          { placeId: 'B', placeName: 'B', role: 'manager' },
        ],
      }),
    ).toBe('manager');
    expect(
      homeRole({ ...base, networkRole: 'observer', memberships: [{ ...placeA, role: 'manager' }] }),
    ).toBe('observer');
    expect(homeRole({ ...base, networkRole: 'network_admin' })).toBe('network_admin');
  });
  it('routes managers, admins and observers to the admin console only', () => {
    expect(usesAdminConsole('manager')).toBe(true);
    expect(usesAdminConsole('observer')).toBe(true);
    expect(usesAdminConsole('member')).toBe(false);
    expect(usesAdminConsole('resident')).toBe(false);
  });
  it('knows a manager of one place is not a manager of another', () => {
    const viewer = { ...base, memberships: [{ ...placeA, role: 'manager' as const }] };
    expect(isManagerOf(viewer, 'A')).toBe(true);
    expect(isManagerOf(viewer, 'B')).toBe(false);
  });
});
