import { toStandardCsv } from '@rf/domain/directory/standard-export';
import { requestScope, withPageErrors } from '@rf/web/server';
import type { Route } from './+types/open-data-places-csv';

/**
 * Every public place in the national standard "lieux de médiation numérique", as CSV.
 * The database down: 503 with `Retry-After` (`withPageErrors`), never a 500.
 */
export const loader = withPageErrors(async ({ request }: Route.LoaderArgs) => {
  const { api } = await requestScope(request);
  const records = await api.directory.export();
  return new Response(toStandardCsv(records), {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': 'inline; filename="lieux.csv"',
      'cache-control': 'public, max-age=300',
    },
  });
});
