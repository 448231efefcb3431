import { DomainError } from '@rf/domain/errors';
import type { Viewer } from '@rf/domain/identity/roles';
import { isMemberOf } from '@rf/domain/identity/roles';

/**
 * A first, friendly answer (the page says "not allowed" rather than "not found"): members and managers
 * publish for their places, network admins anywhere. RLS stays the last word on every write.
 */
export function assertMayPublishFor(viewer: Viewer, placeId: string): void {
  if (viewer.networkRole === 'network_admin' || isMemberOf(viewer, placeId)) return;
  throw new DomainError('forbidden');
}

/** The places a person's publishing pages cover: theirs, or all for a network admin (undefined). */
export function publishingPlaceIds(viewer: Viewer): string[] | undefined {
  return viewer.networkRole === 'network_admin' ? undefined : viewer.memberships.map((m) => m.placeId);
}

export function mayPublish(viewer: Viewer): boolean {
  return viewer.networkRole === 'network_admin' || viewer.memberships.length > 0;
}
