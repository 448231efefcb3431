import { listPlacePhotos } from '@rf/db/directory/place-photos.repository';
import { findPlaceProfile } from '@rf/db/directory/place-profile.repository';
import { placeCompleteness } from '@rf/domain/directory/completeness';
import { isStale } from '@rf/domain/directory/freshness';
import { DomainError } from '@rf/domain/errors';
import { isManagerOf } from '@rf/domain/identity/roles';
import { parisDay } from '@rf/domain/time/paris';
import { photoSources } from '@rf/storage';
import { z } from 'zod';
import { signedInProcedure } from '../../trpc.ts';

/** A place's editable profile with its photos and completeness, for its managers and network admins. */
export const placeProfile = signedInProcedure
  .input(z.object({ placeId: z.uuid() }))
  .query(async ({ ctx, input }) => {
    if (ctx.viewer.networkRole !== 'network_admin' && !isManagerOf(ctx.viewer, input.placeId))
      throw new DomainError('forbidden');
    const profile = await findPlaceProfile(ctx.tx, input.placeId);
    if (!profile) throw new DomainError('not_found');
    const photos = await listPlacePhotos(ctx.tx, input.placeId);
    return {
      id: profile.id,
      status: profile.status,
      communeName: profile.communeName,
      dateMaj: profile.dateMaj,
      stale: isStale(profile.dateMaj, parisDay()),
      coordinatesPrecision: profile.coordinatesPrecision,
      fields: profile.fields,
      completeness: placeCompleteness(profile.facts),
      photos: photos.map((p) => {
        const { src, srcSet } = photoSources(ctx.services.storage, p.storagePath);
        return { id: p.id, altText: p.altText, url: src, srcSet };
      }),
    };
  });
