import type { Tx } from '@rf/db';
import { listFabriqueOptions } from '@rf/db/reporting/coordination.repository';
import { DomainError } from '@rf/domain/errors';
import type { Viewer } from '@rf/domain/identity/roles';
import { canReadCoordinationOf } from '@rf/domain/reporting/coordination';

/** The fabrique, if the viewer is in its team (or a network admin); `not_found` for a place that is not one. */
export async function fabriqueFor(
  tx: Tx,
  viewer: Viewer,
  placeId: string,
): Promise<{ id: string; name: string }> {
  if (!canReadCoordinationOf(viewer, placeId)) throw new DomainError('forbidden');
  const [place] = await listFabriqueOptions(tx, [placeId]);
  if (!place) throw new DomainError('not_found');
  return place;
}
