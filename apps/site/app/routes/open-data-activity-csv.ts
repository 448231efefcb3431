import { toOpenDataCsv } from '@rf/domain/reporting/open-data';
import { requestScope, withPageErrors } from '@rf/web/server';
import type { Route } from './+types/open-data-activity-csv';

/**
 * The network's activity by quarter, anonymised (statistical secrecy applied by the API): validated
 * quarters of public places only. Explained on /donnees.
 * The database down: 503 with `Retry-After` (`withPageErrors`), never a 500.
 */
export const loader = withPageErrors(async ({ request }: Route.LoaderArgs) => {
  const { api } = await requestScope(request);
  const rows = await api.reporting.openData();
  return new Response(toOpenDataCsv(rows), {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': 'inline; filename="activite.csv"',
      'cache-control': 'public, max-age=300',
    },
  });
});
