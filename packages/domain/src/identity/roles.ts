/** What the platform knows of a signed-in person, enough to decide what they may do and see. */
export type NetworkRole = 'network_admin' | 'observer';
export type PlaceRole = 'member' | 'manager';

export interface Membership {
  placeId: string;
  placeName: string;
  role: PlaceRole;
}

export interface Viewer {
  userId: string;
  email: string;
  displayName: string | null;
  networkRole: NetworkRole | null;
  memberships: Membership[];
}

/** The role whose home page a person lands on: the widest they hold. */
export type HomeRole = 'network_admin' | 'observer' | 'manager' | 'member' | 'resident';

export function homeRole(viewer: Viewer): HomeRole {
  if (viewer.networkRole) return viewer.networkRole;
  if (viewer.memberships.some((m) => m.role === 'manager')) return 'manager';
  if (viewer.memberships.length > 0) return 'member';
  return 'resident';
}

/** Managers and network admins work in the admin console; everyone else in the site's member space. */
export function usesAdminConsole(role: HomeRole): boolean {
  return role === 'network_admin' || role === 'observer' || role === 'manager';
}

export function isMemberOf(viewer: Viewer, placeId: string): boolean {
  return viewer.memberships.some((m) => m.placeId === placeId);
}

export function isManagerOf(viewer: Viewer, placeId: string): boolean {
  return viewer.memberships.some((m) => m.placeId === placeId && m.role === 'manager');
}

export function managedPlaceIds(viewer: Viewer): string[] {
  return viewer.memberships.filter((m) => m.role === 'manager').map((m) => m.placeId);
}
