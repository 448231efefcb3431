import { orNotFound, requestScope, withPageErrors } from '@rf/web/server';
import type { Route } from './+types/place-agenda-ics';

/**
 * A place's agenda as an iCalendar feed to subscribe to (RFC 5545): its upcoming public sessions, the ones
 * cancelled lately marked CANCELLED. Cached for as long as calendar clients are asked to wait.
 */
export const loader = withPageErrors(async ({ request, params }: Route.LoaderArgs) => {
  const slug = params.slug;
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug) || slug.length > 100) throw new Response(null, { status: 404 });
  const { api } = await requestScope(request);
  const feed = await orNotFound(api.catalogue.placeFeed({ slug }), ['not_found']);
  if (!feed) throw new Response(null, { status: 404 });
  const headers = new Headers({
    'content-type': 'text/calendar; charset=utf-8',
    'content-disposition': `inline; filename="agenda-${feed.slug}.ics"`,
    // Public data, the same for everyone: shared caches may keep it for a while.
    'cache-control': 'public, max-age=900, stale-while-revalidate=3600',
  });
  if (feed.lastModified) headers.set('last-modified', new Date(feed.lastModified).toUTCString());
  return new Response(feed.ics, { headers });
});
