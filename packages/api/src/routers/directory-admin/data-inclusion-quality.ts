import { withSession } from '@rf/db';
import { findPlaceProfile } from '@rf/db/directory/place-profile.repository';
import { findViewer } from '@rf/db/identity/viewer.repository';
import { loadDataInclusionOffer } from '@rf/db/open-data/data-inclusion.repository';
import { DomainError } from '@rf/domain/errors';
import { isManagerOf } from '@rf/domain/identity/roles';
import { toDataInclusion } from '@rf/domain/open-data/data-inclusion';
import {
  type DataInclusionQuality,
  notPublishedQuality,
  dataInclusionQuality as qualityOf,
} from '@rf/domain/open-data/data-inclusion-quality';
import { z } from 'zod';
import { selfManagedProcedure } from '../../trpc.ts';
import { dataInclusionTexts } from '../directory/data-inclusion.server.ts';

/**
 * data·inclusion's quality signals for one place (issue 17, decision 060), for its managers and network
 * admins: what the export actually sends of it — its public offer read as `anon`, in a transaction of its
 * own, like the file — mapped and checked. A place that is not public sends nothing: one `not_published`.
 * The viewer is read first, in a transaction as themselves; the two never hold a connection each at once.
 */
export const dataInclusionQuality = selfManagedProcedure
  .input(z.object({ placeId: z.uuid() }))
  .query(async ({ ctx, input }): Promise<DataInclusionQuality> => {
    const { session } = ctx;
    if (!session) throw new DomainError('unauthenticated');
    const exists = await withSession(ctx.services.db, session.claims, async (tx) => {
      const viewer = await findViewer(tx, session.userId);
      if (!viewer) throw new DomainError('unauthenticated');
      if (viewer.networkRole !== 'network_admin' && !isManagerOf(viewer, input.placeId))
        throw new DomainError('forbidden');
      return (await findPlaceProfile(tx, input.placeId)) !== null;
    });
    if (!exists) throw new DomainError('not_found');
    const offer = await withSession(ctx.services.db, null, (tx) =>
      loadDataInclusionOffer(tx, { placeId: input.placeId }),
    );
    const place = offer.places[0];
    if (!place) return notPublishedQuality();
    const { structures, services } = toDataInclusion(offer, {
      siteUrl: ctx.services.env.SITE_URL,
      texts: dataInclusionTexts(ctx.services.t),
    });
    const [structure] = structures;
    if (!structure) return notPublishedQuality();
    return qualityOf({
      structure,
      services,
      entered: {
        siret: place.pivot,
        courriel: place.email,
        site_web: place.website,
        horaires_accueil: place.openingHours,
        accessibilite_lieu: place.accesLibreUrl,
      },
      now: new Date(),
    });
  });
