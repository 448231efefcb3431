import { directorySearchSchema } from '@rf/domain/directory/search';
import { publicProcedure } from '../../trpc.ts';
import type { DirectoryFacetsDto, DirectorySearchDto } from './directory.dto.ts';
import { directoryFacets } from './facets.ts';
import { searchDirectory } from './search.ts';

/**
 * What the directory page shows, the results and the search form's choices, read in one transaction: one
 * request, one round of `begin`/`commit` instead of two (issue 15).
 */
export const searchPage = publicProcedure.input(directorySearchSchema).query(
  async ({ ctx, input }): Promise<{ results: DirectorySearchDto; facets: DirectoryFacetsDto }> => ({
    results: await searchDirectory(ctx.tx, input),
    facets: await directoryFacets(ctx.tx),
  }),
);
