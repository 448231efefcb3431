import { requestScope, withPageErrors } from '@rf/web/server';
import type { Route } from './+types/network-agenda-ics';

/**
 * The network's agenda as an iCalendar feed to subscribe to (RFC 5545), like a place's: the coming weeks'
 * public sessions, in every place or, with `?departement=29`, in one département's. Cached like them.
 */
export const loader = withPageErrors(async ({ request }: Route.LoaderArgs) => {
  const departement = new URL(request.url).searchParams.get('departement') || null;
  const { api } = await requestScope(request);
  const feed = await api.catalogue.networkFeed({ departement });
  const headers = new Headers({
    'content-type': 'text/calendar; charset=utf-8',
    'content-disposition': `inline; filename="agenda${feed.departement ? `-${feed.departement}` : ''}.ics"`,
    // Public data, the same for everyone: shared caches may keep it for a while.
    'cache-control': 'public, max-age=900, stale-while-revalidate=3600',
  });
  if (feed.lastModified) headers.set('last-modified', new Date(feed.lastModified).toUTCString());
  return new Response(feed.ics, { headers });
});
