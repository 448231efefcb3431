// Who may edit or delete a shared resource: its place's managers and network admins (members share, the
// place's managers look after what stays published).

import type { Tx } from '@rf/db/rls';
import { findResource, type ResourceRow } from '@rf/db/sharing/resources.repository';
import { DomainError } from '@rf/domain/errors';
import { isManagerOf, isMemberOf, type Viewer } from '@rf/domain/identity/roles';

export async function managedResource(tx: Tx, viewer: Viewer, id: string): Promise<ResourceRow> {
  const row = await findResource(tx, id);
  if (!row) throw new DomainError('not_found');
  if (viewer.networkRole === 'network_admin' || isManagerOf(viewer, row.placeId)) return row;
  throw new DomainError(isMemberOf(viewer, row.placeId) ? 'forbidden' : 'not_found');
}
