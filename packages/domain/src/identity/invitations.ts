import { isManagerOf, type Viewer } from './roles.ts';

export type InvitedRole = 'member' | 'manager' | 'network_admin' | 'observer';

export const invitationValidityDays = 14;

export function isNetworkRole(role: InvitedRole): role is 'network_admin' | 'observer' {
  return role === 'network_admin' || role === 'observer';
}

/**
 * Who may invite whom: a place's managers bring people into their place; only network admins give
 * network-wide roles or invite to any place.
 */
export function canInvite(viewer: Viewer, target: { placeId: string | null; role: InvitedRole }): boolean {
  if (viewer.networkRole === 'network_admin') return isNetworkRole(target.role) === (target.placeId === null);
  if (isNetworkRole(target.role) || target.placeId === null) return false;
  return isManagerOf(viewer, target.placeId);
}
