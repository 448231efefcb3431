import { listPeople } from '@rf/db/identity/people.repository';
import { peopleListInput } from '@rf/domain/identity/people.schema';
import { networkAdminProcedure } from '../../trpc.ts';

export const peoplePageSize = 25;

/** Everyone on the network, searchable and paginated: for network admins. */
export const list = networkAdminProcedure.input(peopleListInput).query(async ({ ctx, input }) => {
  const { total, items } = await listPeople(ctx.tx, {
    query: input.query,
    limit: peoplePageSize,
    offset: (input.page - 1) * peoplePageSize,
  });
  return { total, items, page: input.page, pageCount: Math.max(1, Math.ceil(total / peoplePageSize)) };
});
