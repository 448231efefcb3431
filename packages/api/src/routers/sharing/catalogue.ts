import { resolveNearPointCached } from '@rf/db/directory/public-directory.repository';
import {
  listPlacesSharingTools,
  listPublicToolCategories,
  searchPublicTools,
} from '@rf/db/sharing/tools.repository';
import { parseNearQuery } from '@rf/domain/directory/search';
import { TOOL_CATALOGUE_PAGE_SIZE, toolSearchSchema } from '@rf/domain/sharing/sharing.schema';
import { parisDays } from '@rf/domain/time/paris';
import { publicProcedure } from '../../trpc.ts';
import type { ToolCatalogueDto } from './sharing.dto.ts';
import { withPhotoUrl } from './sharing.server.ts';

/** The public tool catalogue of the network, with its filters' choices. */
export const catalogue = publicProcedure
  .input(toolSearchSchema)
  .query(async ({ ctx, input }): Promise<ToolCatalogueDto> => {
    const point = input.pres ? await resolveNearPointCached(ctx.tx, parseNearQuery(input.pres)) : null;
    const [found, categories, places] = await Promise.all([
      searchPublicTools(ctx.tx, {
        words: input.q,
        category: input.categorie,
        placeId: input.lieu,
        lendableOnly: input.pret === '1',
        near: point
          ? { latitude: point.latitude, longitude: point.longitude, radiusKm: input.rayon }
          : undefined,
        freeDuring: input.du && input.au ? parisDays(input.du, input.au) : undefined,
        page: input.page,
        pageSize: TOOL_CATALOGUE_PAGE_SIZE,
      }),
      listPublicToolCategories(ctx.tx),
      listPlacesSharingTools(ctx.tx),
    ]);
    return {
      tools: found.tools.map((tool) => withPhotoUrl(ctx.services.storage, tool)),
      total: found.total,
      page: input.page ?? 1,
      pageCount: Math.max(1, Math.ceil(found.total / TOOL_CATALOGUE_PAGE_SIZE)),
      // The instance's cached public figures, shared between requests (decision 048): read-only.
      categories,
      places,
      nearCommune: point?.commune ?? null,
    };
  });
