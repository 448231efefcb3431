import { withPageErrors } from '@rf/web/server';
import { franceMetropoleSvg } from '../france-path.server.ts';

/** `/carte/france.svg`: metropolitan France's outline, the dashboards' map background. */
export const loader = withPageErrors(
  async () =>
    new Response(franceMetropoleSvg(), {
      headers: {
        'content-type': 'image/svg+xml; charset=utf-8',
        // The same for everyone and for the life of a release.
        'cache-control': 'public, max-age=86400, stale-while-revalidate=604800',
      },
    }),
);
