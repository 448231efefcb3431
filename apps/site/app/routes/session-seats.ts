import { orNotFound, requestScope, withPageErrors } from '@rf/web/server';
import type { Route } from './+types/session-seats';

/**
 * Seats left in a session, as JSON, for the session page to refresh its count with JavaScript. A count
 * only; cached for a few seconds so many open pages cost little.
 */
export const loader = withPageErrors(async ({ request, params }: Route.LoaderArgs) => {
  const { api } = await requestScope(request);
  // An unknown session is a 404; an outage a 503 (the page keeps its last count), never a "not found".
  const seats = await orNotFound(api.booking.liveSeats({ sessionId: params.id }));
  if (!seats)
    return new Response(JSON.stringify({ error: 'not_found' }), {
      status: 404,
      headers: { 'content-type': 'application/json; charset=utf-8' },
    });
  return new Response(JSON.stringify(seats), {
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'public, max-age=5' },
  });
});
