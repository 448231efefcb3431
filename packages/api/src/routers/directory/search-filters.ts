import type { Tx } from '@rf/db';
import {
  type PlaceSearchFilters,
  resolveNearPointCached,
} from '@rf/db/directory/public-directory.repository';
import { type DirectorySearch, parseNearQuery, searchWords } from '@rf/domain/directory/search';
import type { DirectorySearchDto } from './directory.dto.ts';

/**
 * The repository filters of a directory search, shared by the list and the map so both show the same
 * places; `near` says whether "près de" found a commune.
 */
export async function searchFilters(
  tx: Tx,
  input: DirectorySearch,
): Promise<{ filters: PlaceSearchFilters; near: DirectorySearchDto['near'] }> {
  const filters: PlaceSearchFilters = {
    words: searchWords(input.q),
    service: input.service,
    kind: input.typologie,
    labelCode: input.label,
    regionCode: input.region,
    departementCode: input.departement,
    territory: input.territoire,
    fees: input.frais,
    specificSupport: input.prise_en_charge,
  };
  if (!input.pres) return { filters, near: { status: 'none' } };
  // Remembered per instance while the communes do not change: no statement of its own (issue 15).
  const point = await resolveNearPointCached(tx, parseNearQuery(input.pres));
  if (!point) return { filters, near: { status: 'unknown', query: input.pres } };
  filters.near = { latitude: point.latitude, longitude: point.longitude, radiusKm: input.rayon };
  return { filters, near: { status: 'found', commune: point.commune } };
}
