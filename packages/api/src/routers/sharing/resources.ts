import { searchPublicResources } from '@rf/db/sharing/resources.repository';
import { resourceSearchSchema } from '@rf/domain/sharing/resource';
import { publicProcedure } from '../../trpc.ts';
import type { ResourceDto } from './sharing.dto.ts';
import { toResourceDto } from './sharing.server.ts';

/** The public resource library with its filters (words, kind, theme, place). */
export const resources = publicProcedure
  .input(resourceSearchSchema)
  .query(async ({ ctx, input }): Promise<ResourceDto[]> => {
    const rows = await searchPublicResources(ctx.tx, {
      words: input.q,
      kind: input.type,
      theme: input.theme,
      placeId: input.lieu,
    });
    return rows.map((row) => toResourceDto(ctx.services.storage, row));
  });
