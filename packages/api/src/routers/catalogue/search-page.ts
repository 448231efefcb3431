import { catalogueSearchSchema } from '@rf/domain/booking/catalogue-search';
import { publicProcedure } from '../../trpc.ts';
import type { CatalogueFacetsDto, CatalogueSearchDto } from './catalogue.dto.ts';
import { catalogueFacets } from './facets.ts';
import { searchCatalogue } from './search.ts';

/**
 * What the catalogue page shows, the sessions and the search form's themes, read in one transaction: one
 * request, one round of `begin`/`commit` instead of two (issue 15).
 */
export const searchPage = publicProcedure.input(catalogueSearchSchema).query(
  async ({ ctx, input }): Promise<{ results: CatalogueSearchDto; facets: CatalogueFacetsDto }> => ({
    results: await searchCatalogue(ctx.tx, input),
    facets: await catalogueFacets(ctx.tx),
  }),
);
