import { orNotFound, requestScope, withPageErrors } from '@rf/web/server';
import type { Route } from './+types/appointment-data';

/** "Télécharger mes données" of an appointment’s private link: what the platform holds about it, as a file. */
export const loader = withPageErrors(async ({ request, params }: Route.LoaderArgs) => {
  const { api } = await requestScope(request);
  // An unknown or erased link is a 404; an outage a 503 (withPageErrors), never a "not found".
  const held = await orNotFound(api.privacy.appointmentData({ token: params.token }), ['not_found']);
  if (!held) return new Response('Introuvable', { status: 404, headers: { 'cache-control': 'no-store' } });
  return new Response(JSON.stringify(held, null, 2), {
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'content-disposition': 'attachment; filename="mes-donnees-rendez-vous.json"',
      'cache-control': 'no-store',
    },
  });
});
