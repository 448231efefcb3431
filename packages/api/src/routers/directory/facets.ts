import { listDirectoryFacets } from '@rf/db/directory/public-directory.repository';
import { publicProcedure } from '../../trpc.ts';
import type { DirectoryFacetsDto } from './directory.dto.ts';

/** The choices of the search form: the territories, labels and kinds public places have. */
export const facets = publicProcedure.query(async ({ ctx }): Promise<DirectoryFacetsDto> => {
  const { regions, departements, labels, kinds } = await listDirectoryFacets(ctx.tx);
  return { regions, departements, labels, kinds };
});
