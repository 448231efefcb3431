import type { Tx } from '@rf/db';
import {
  type CatalogueFilters,
  type CatalogueSessionRow,
  searchPublicSessions,
} from '@rf/db/catalogue/catalogue-search.repository';
import { resolveNearPointCached } from '@rf/db/directory/public-directory.repository';
import {
  CATALOGUE_PAGE_SIZE,
  type CatalogueSearch,
  catalogueDays,
  catalogueSearchSchema,
} from '@rf/domain/booking/catalogue-search';
import { parseNearQuery, searchWords } from '@rf/domain/directory/search';
import { publicProcedure } from '../../trpc.ts';
import type { CatalogueDayDto, CatalogueSearchDto, CatalogueSessionDto } from './catalogue.dto.ts';

function toCard(row: CatalogueSessionRow): CatalogueSessionDto {
  return {
    id: row.id,
    title: row.title,
    kind: row.kind,
    format: row.format,
    level: row.level,
    themes: row.themes,
    free: row.feesKind === 'gratuit',
    placeName: row.placeName,
    placeSlug: row.placeSlug,
    commune: row.commune,
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    capacity: row.capacity,
    seatsLeft: Math.max(0, row.capacity - row.seatsTaken),
    distanceKm: row.distanceKm === null ? null : Math.round(row.distanceKm * 10) / 10,
  };
}

/** Rows come ordered by day: consecutive rows of one day make one group. */
function byDay(rows: CatalogueSessionRow[]): CatalogueDayDto[] {
  const days: CatalogueDayDto[] = [];
  for (const row of rows) {
    const last = days.at(-1);
    if (last?.day === row.day) last.sessions.push(toCard(row));
    else days.push({ day: row.day, sessions: [toCard(row)] });
  }
  return days;
}

/**
 * The public catalogue of workshops and trainings: filters, Paris date range (next 30 days by default),
 * distance from a commune, one page of sessions grouped by day with the seats left.
 */
export const search = publicProcedure
  .input(catalogueSearchSchema)
  .query(({ ctx, input }) => searchCatalogue(ctx.tx, input));

export async function searchCatalogue(tx: Tx, input: CatalogueSearch): Promise<CatalogueSearchDto> {
  const now = new Date();
  const range = catalogueDays(input, now);
  const filters: CatalogueFilters = {
    words: searchWords(input.q),
    fromDay: range.from,
    toDay: range.to,
    after: now.toISOString(),
    theme: input.theme,
    freeOnly: input.gratuit === '1',
    level: input.niveau,
    format: input.format,
    kind: input.type,
    accessibleOnly: input.accessible === '1',
  };
  let near: CatalogueSearchDto['near'] = { status: 'none' };
  if (input.pres) {
    const point = await resolveNearPointCached(tx, parseNearQuery(input.pres));
    if (point) {
      filters.near = { latitude: point.latitude, longitude: point.longitude, radiusKm: input.rayon };
      near = { status: 'found', commune: point.commune };
    } else {
      near = { status: 'unknown', query: input.pres };
    }
  }
  const { total, sessions } = await searchPublicSessions(tx, filters, {
    limit: CATALOGUE_PAGE_SIZE,
    offset: (input.page - 1) * CATALOGUE_PAGE_SIZE,
  });
  return {
    search: input,
    range,
    total,
    page: input.page,
    pageCount: Math.max(1, Math.ceil(total / CATALOGUE_PAGE_SIZE)),
    pageSize: CATALOGUE_PAGE_SIZE,
    days: byDay(sessions),
    near,
  };
}
