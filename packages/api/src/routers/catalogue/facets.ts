import type { Tx } from '@rf/db';
import { listCatalogueFacets } from '@rf/db/catalogue/catalogue-search.repository';
import { THEMATIQUES } from '@rf/domain/vocabulary/activity-records';
import { publicProcedure } from '../../trpc.ts';
import type { CatalogueFacetsDto } from './catalogue.dto.ts';

/** The themes of the search form: those something upcoming has, in the national vocabulary's order. */
export const facets = publicProcedure.query(({ ctx }) => catalogueFacets(ctx.tx));

export async function catalogueFacets(tx: Tx): Promise<CatalogueFacetsDto> {
  const { themes } = await listCatalogueFacets(tx, new Date().toISOString());
  const present = new Set(themes);
  return { themes: THEMATIQUES.filter((theme) => present.has(theme)) };
}
