import { withPageErrors } from '@rf/web/server';
import type { Route } from './+types/open-data-data-inclusion-structures-json';
import { dataInclusionFile } from './open-data-data-inclusion.server.ts';

/** The structures of data·inclusion v1 (decision 060), as JSON. Explained on /donnees. */
export const loader = withPageErrors(async ({ request }: Route.LoaderArgs) => {
  return dataInclusionFile(request, 'structures', 'json');
});
