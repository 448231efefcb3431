import {
  findPlaceForAdmin,
  listFabriqueOptions,
  listLabelOptions,
  listWaveOptions,
} from '@rf/db/directory/place-admin.repository';
import { findMergedInto } from '@rf/db/directory/place-merge.repository';
import { DomainError } from '@rf/domain/errors';
import { z } from 'zod';
import { networkAdminProcedure } from '../../trpc.ts';

/** A place as network admins manage it: status, moderation, labels, hub; and the choices of its forms. */
export const placeAdmin = networkAdminProcedure
  .input(z.object({ placeId: z.uuid() }))
  .query(async ({ ctx, input }) => {
    const place = await findPlaceForAdmin(ctx.tx, input.placeId);
    if (!place) throw new DomainError('not_found');
    const [labels, waves, fabriques, mergedInto] = await Promise.all([
      listLabelOptions(ctx.tx),
      listWaveOptions(ctx.tx),
      listFabriqueOptions(ctx.tx),
      findMergedInto(ctx.tx, place.id),
    ]);
    return {
      place,
      mergedInto,
      options: { labels, waves, fabriques: fabriques.filter((f) => f.id !== place.id) },
    };
  });
