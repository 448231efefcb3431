import { requestScope, withPageErrors } from '@rf/web/server';
import type { Route } from './+types/open-data-places-json';

/**
 * Every public place in the national standard "lieux de médiation numérique", as JSON records.
 * The database down: 503 with `Retry-After` (`withPageErrors`), never a 500.
 */
export const loader = withPageErrors(async ({ request }: Route.LoaderArgs) => {
  const { api } = await requestScope(request);
  const records = await api.directory.export();
  return new Response(JSON.stringify(records), {
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'public, max-age=300' },
  });
});
