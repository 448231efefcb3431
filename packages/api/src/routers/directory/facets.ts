import type { Tx } from '@rf/db';
import { listDirectoryFacets } from '@rf/db/directory/public-directory.repository';
import { publicProcedure } from '../../trpc.ts';
import type { DirectoryFacetsDto } from './directory.dto.ts';

/** The choices of the search form: the territories, labels and kinds public places have. */
export const facets = publicProcedure.query(({ ctx }) => directoryFacets(ctx.tx));

export async function directoryFacets(tx: Tx): Promise<DirectoryFacetsDto> {
  const { regions, departements, labels, kinds } = await listDirectoryFacets(tx);
  return { regions, departements, labels, kinds };
}
