import { listStalePlaces } from '@rf/db/directory/place-freshness.repository';
import { freshSince } from '@rf/domain/directory/freshness';
import { parisDay } from '@rf/domain/time/paris';
import { z } from 'zod';
import { networkAdminProcedure } from '../../trpc.ts';

export const STALE_PAGE_SIZE = 50;

/** Places whose record is older than six months, the oldest first, for network admins (decision 063). */
export const stalePlaces = networkAdminProcedure
  .input(z.object({ page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1) }))
  .query(async ({ ctx, input }) => {
    const since = freshSince(parisDay());
    const { total, items } = await listStalePlaces(ctx.tx, {
      freshSince: since,
      limit: STALE_PAGE_SIZE,
      offset: (input.page - 1) * STALE_PAGE_SIZE,
    });
    return {
      freshSince: since,
      total,
      page: input.page,
      pageCount: Math.max(1, Math.ceil(total / STALE_PAGE_SIZE)),
      items,
    };
  });
