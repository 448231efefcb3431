import { describeError } from '@rf/api';
import { requestScope } from '@rf/web/server';
import type { Route } from './+types/appointment-data';

/** "Télécharger mes données" of an appointment’s private link: what the platform holds about it, as a file. */
export async function loader({ request, params }: Route.LoaderArgs) {
  const { api } = await requestScope(request);
  try {
    const held = await api.privacy.appointmentData({ token: params.token });
    return new Response(JSON.stringify(held, null, 2), {
      headers: {
        'content-type': 'application/json; charset=utf-8',
        'content-disposition': 'attachment; filename="mes-donnees-rendez-vous.json"',
        'cache-control': 'no-store',
      },
    });
  } catch (error) {
    // An unknown or erased link; anything else (the database down) is not a "not found".
    if (describeError(error).code !== 'not_found') throw error;
    return new Response('Introuvable', { status: 404, headers: { 'cache-control': 'no-store' } });
  }
}
