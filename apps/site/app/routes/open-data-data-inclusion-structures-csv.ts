import { withPageErrors } from '@rf/web/server';
import type { Route } from './+types/open-data-data-inclusion-structures-csv';
import { dataInclusionFile } from './open-data-data-inclusion.server.ts';

/** The structures of data·inclusion v1 (decision 060), as CSV. Explained on /donnees. */
export const loader = withPageErrors(async ({ request }: Route.LoaderArgs) => {
  return dataInclusionFile(request, 'structures', 'csv');
});
