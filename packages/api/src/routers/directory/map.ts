import { listPublicPlacePoints } from '@rf/db/directory/public-directory.repository';
import { openAt } from '@rf/domain/directory/opening-hours';
import { directorySearchSchema } from '@rf/domain/directory/search';
import { publicProcedure } from '../../trpc.ts';
import type { PlaceMapDto } from './map.dto.ts';
import { searchFilters } from './search-filters.ts';

/**
 * Bound of the markers one map receives: the whole network (a few thousand places) fits; past it the
 * answer says so and the list stays the complete view.
 */
export const DIRECTORY_MAP_MAX_POINTS = 5_000;

// ~1 m: enough for a marker, and a lighter answer.
const rounded = (n: number) => Math.round(n * 1e5) / 1e5;

/** The places of a directory search (same filters as `search`, every page) that have coordinates. */
export const map = publicProcedure
  .input(directorySearchSchema)
  .query(async ({ ctx, input }): Promise<PlaceMapDto> => {
    const { filters } = await searchFilters(ctx.tx, input);
    const rows = await listPublicPlacePoints(ctx.tx, filters, DIRECTORY_MAP_MAX_POINTS + 1);
    // "Open now" follows the opening_hours rules outside SQL, as in the list.
    const openNow = openAt(new Date());
    const points = (input.ouvert ? rows.filter((r) => openNow(r.openingHours)) : rows).slice(
      0,
      DIRECTORY_MAP_MAX_POINTS,
    );
    return {
      type: 'FeatureCollection',
      features: points.map((p) => ({
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [rounded(p.longitude), rounded(p.latitude)] },
        properties: { slug: p.slug, name: p.name, commune: p.commune },
      })),
      truncated: rows.length > DIRECTORY_MAP_MAX_POINTS,
    };
  });
