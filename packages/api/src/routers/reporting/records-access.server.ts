import type { Tx } from '@rf/db';
import { listPlaceOptions } from '@rf/db/directory/place-options.repository';
import { DomainError } from '@rf/domain/errors';
import type { Viewer } from '@rf/domain/identity/roles';
import { canRecordFor } from '@rf/domain/reporting/records';

/**
 * A first, friendly answer (the page says "not allowed" rather than "empty"): the place's team and network
 * admins record its activity. RLS stays the last word on every read and write.
 */
export async function placeForRecords(
  tx: Tx,
  viewer: Viewer,
  placeId: string,
): Promise<{ id: string; name: string }> {
  if (!canRecordFor(viewer, placeId)) throw new DomainError('forbidden');
  const [place] = await listPlaceOptions(tx, [placeId]);
  if (!place) throw new DomainError('not_found');
  return place;
}
