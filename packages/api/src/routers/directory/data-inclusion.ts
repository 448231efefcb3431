import { withSession } from '@rf/db';
import { loadDataInclusionOffer } from '@rf/db/open-data/data-inclusion.repository';
import { type DataInclusionExport, toDataInclusion } from '@rf/domain/open-data/data-inclusion';
import { selfManagedProcedure } from '../../trpc.ts';
import { dataInclusionTexts } from './data-inclusion.server.ts';

/**
 * Our public places as data·inclusion v1 structures and our bookable offers as its services (decision 060),
 * for `/donnees/data-inclusion/*`. Read as `anon` whoever asks, in a transaction of its own: a signed-in
 * member gets exactly the public file, never a draft of their place.
 */
export const dataInclusion = selfManagedProcedure.query(async ({ ctx }): Promise<DataInclusionExport> => {
  const offer = await withSession(ctx.services.db, null, loadDataInclusionOffer);
  return toDataInclusion(offer, {
    siteUrl: ctx.services.env.SITE_URL,
    texts: dataInclusionTexts(ctx.services.t),
  });
});
