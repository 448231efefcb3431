import { listPlacesForAdmin } from '@rf/db/directory/place-admin.repository';
import { listPlacesInput, PLACES_PAGE_SIZE } from '@rf/domain/directory/place-admin.schema';
import { networkAdminProcedure } from '../../trpc.ts';

/** Every place, whatever its status, for network admins: name search, status filter, pages. */
export const listPlaces = networkAdminProcedure.input(listPlacesInput).query(async ({ ctx, input }) => {
  const { total, items } = await listPlacesForAdmin(ctx.tx, {
    q: input.q,
    status: input.status,
    limit: PLACES_PAGE_SIZE,
    offset: (input.page - 1) * PLACES_PAGE_SIZE,
  });
  return {
    total,
    page: input.page,
    pageCount: Math.max(1, Math.ceil(total / PLACES_PAGE_SIZE)),
    items,
  };
});
