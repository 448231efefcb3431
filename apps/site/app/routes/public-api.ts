import { answerPublicApi } from '@rf/api/public-api';
import { anonymousCaller, localeOf } from '@rf/web/server';
import type { Route } from './+types/public-api';

// The public API (`/api/v1/*`, decision 062): read-only JSON read as nobody, documented by
// `/api/v1/openapi.json` and the page `/api/v1`. Every address under it, known or not, is answered here,
// so an unknown one is a JSON 404 and a write a JSON 405, never an HTML page.

async function answer(request: Request): Promise<Response> {
  return answerPublicApi({ request, api: await anonymousCaller(request), locale: localeOf(request) });
}

export function loader({ request }: Route.LoaderArgs) {
  return answer(request);
}

export function action({ request }: Route.ActionArgs) {
  return answer(request);
}
