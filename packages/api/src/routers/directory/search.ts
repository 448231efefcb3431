import type { Tx } from '@rf/db';
import {
  listPublicPlaceCards,
  listPublicPlaceHours,
  type PlaceSearchRow,
  searchPublicPlaces,
} from '@rf/db/directory/public-directory.repository';
import { openAt } from '@rf/domain/directory/opening-hours';
import {
  DIRECTORY_PAGE_SIZE,
  type DirectorySearch,
  directorySearchSchema,
} from '@rf/domain/directory/search';
import { publicProcedure } from '../../trpc.ts';
import type { DirectorySearchDto, PlaceCardDto } from './directory.dto.ts';
import { searchFilters } from './search-filters.ts';

function toCard(row: PlaceSearchRow, openNow: ReturnType<typeof openAt>): PlaceCardDto {
  return {
    slug: row.slug,
    name: row.name,
    kinds: row.kinds,
    summary: row.summary,
    commune: row.commune,
    departementCode: row.departementCode,
    services: row.services,
    labels: row.labels,
    distanceKm: row.distanceKm === null ? null : Math.round(row.distanceKm * 10) / 10,
    openNow: openNow(row.openingHours),
  };
}

/** The public list of places: text search, filters, distance from a commune, "open now", one page. */
export const search = publicProcedure
  .input(directorySearchSchema)
  .query(({ ctx, input }) => searchDirectory(ctx.tx, input));

export async function searchDirectory(tx: Tx, input: DirectorySearch): Promise<DirectorySearchDto> {
  const openNow = openAt(new Date());
  const { filters, near } = await searchFilters(tx, input);
  const offset = (input.page - 1) * DIRECTORY_PAGE_SIZE;
  let total: number;
  let rows: PlaceSearchRow[];
  if (input.ouvert) {
    // "Open now" is decided by the opening_hours rules, not SQL: filter the (few thousand at most)
    // matches' hours, then read the page's cards.
    const open = (await listPublicPlaceHours(tx, filters)).filter((p) => openNow(p.openingHours));
    total = open.length;
    rows = await listPublicPlaceCards(
      tx,
      open.slice(offset, offset + DIRECTORY_PAGE_SIZE).map((p) => p.id),
      filters,
    );
  } else {
    ({ total, places: rows } = await searchPublicPlaces(tx, filters, {
      limit: DIRECTORY_PAGE_SIZE,
      offset,
    }));
  }
  return {
    search: input,
    total,
    page: input.page,
    pageCount: Math.max(1, Math.ceil(total / DIRECTORY_PAGE_SIZE)),
    pageSize: DIRECTORY_PAGE_SIZE,
    places: rows.map((row) => toCard(row, openNow)),
    near,
  };
}
