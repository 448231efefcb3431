import { storedFileResponse } from '@rf/storage';
import { services, withPageErrors } from '@rf/web/server';
import type { Route } from './+types/media';

/** Files kept in the local storage folder (place photos), with long cache headers; 404 for anything else. */
export const loader = withPageErrors(async ({ request, params }: Route.LoaderArgs) => {
  return storedFileResponse(services().storage, params['*'] ?? '', request);
});
