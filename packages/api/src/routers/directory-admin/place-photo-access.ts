import { DomainError } from '@rf/domain/errors';
import { isManagerOf, type Viewer } from '@rf/domain/identity/roles';

/** Photos are managed by the place's managers and network admins (RLS says the same). */
export function assertMayManagePhotos(viewer: Viewer, placeId: string): void {
  if (viewer.networkRole !== 'network_admin' && !isManagerOf(viewer, placeId))
    throw new DomainError('forbidden');
}
