import { orNotFound, requestScope, withPageErrors } from '@rf/web/server';
import { redirect } from 'react-router';
import type { Route } from './+types/short-link';

/**
 * The short link of an SMS (`/r/<token>`): on to the full private link of the booking or appointment. A
 * wrong or erased link is a plain 404; anything else (the database down) is not a "not found".
 */
export const loader = withPageErrors(async ({ request, params }: Route.LoaderArgs) => {
  const { api, t } = await requestScope(request);
  const link = await orNotFound(api.booking.shortLink({ token: params.token }));
  // Plain text in the person's language: opened from an SMS, often on a small phone.
  if (!link)
    return new Response(t('errors.link_invalid_or_expired'), {
      status: 404,
      headers: { 'cache-control': 'no-store', 'content-type': 'text/plain; charset=utf-8' },
    });
  return redirect(link.path, {
    status: 303,
    headers: { 'cache-control': 'no-store', 'referrer-policy': 'no-referrer' },
  });
});
