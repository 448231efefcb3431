import { describeError } from '@rf/api';
import { requestScope } from '@rf/web/server';
import { redirect } from 'react-router';
import type { Route } from './+types/short-link';

/**
 * The short link of an SMS (`/r/<token>`): on to the full private link of the booking or appointment. A
 * wrong or erased link is a plain 404; anything else (the database down) is not a "not found".
 */
export async function loader({ request, params }: Route.LoaderArgs) {
  const { api } = await requestScope(request);
  try {
    const { path } = await api.booking.shortLink({ token: params.token });
    return redirect(path, {
      status: 303,
      headers: { 'cache-control': 'no-store', 'referrer-policy': 'no-referrer' },
    });
  } catch (error) {
    const { code } = describeError(error);
    if (code !== 'not_found' && code !== 'invalid_input') throw error;
    return new Response('Ce lien n’existe pas ou n’est plus valable.', {
      status: 404,
      headers: { 'cache-control': 'no-store', 'content-type': 'text/plain; charset=utf-8' },
    });
  }
}
