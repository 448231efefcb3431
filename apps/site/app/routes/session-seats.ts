import { requestScope } from '@rf/web/server';
import type { Route } from './+types/session-seats';

/**
 * Seats left in a session, as JSON, for the session page to refresh its count with JavaScript. A count
 * only; cached for a few seconds so many open pages cost little.
 */
export async function loader({ request, params }: Route.LoaderArgs) {
  const { api } = await requestScope(request);
  try {
    const seats = await api.booking.liveSeats({ sessionId: params.id });
    return new Response(JSON.stringify(seats), {
      headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'public, max-age=5' },
    });
  } catch {
    return new Response(JSON.stringify({ error: 'not_found' }), {
      status: 404,
      headers: { 'content-type': 'application/json; charset=utf-8' },
    });
  }
}
