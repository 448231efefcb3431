import type { I18nHandle } from '@rf/i18n/core';
import { Badge, PageHeader } from '@rf/ui';
import { useFormat } from '@rf/web/format';
import { useT } from '@rf/web/i18n';
import { metaOf, pageMeta } from '@rf/web/page-meta';
import { safeReturnPath } from '@rf/web/safe-redirect';
import { orNotFound, requestScope, withPageErrors } from '@rf/web/server';
import { data, redirect } from 'react-router';
import { OpeningHours } from '../directory/opening-hours.tsx';
import { PlaceAccessibility, PlaceOffer, PlaceWhere } from '../directory/place-facts.tsx';
import { PlaceFabrique, PlaceHub, PlaceLabels } from '../directory/place-network.tsx';
import { PlaceResources, PlaceSessions, PlaceTools } from '../directory/place-offers.tsx';
import { PlacePhotos } from '../directory/place-photos.tsx';
import { kindLabel } from '../directory-words';
import type { Route } from './+types/place';

export const loader = withPageErrors(async ({ request, params }: Route.LoaderArgs) => {
  const { api, headers, t } = await requestScope(request);
  const slug = params.slug;
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug) || slug.length > 100) throw data(null, { status: 404, headers });
  const place = await orNotFound(api.directory.place({ slug }));
  if (!place) {
    // A place merged into another: its old address leads to the place kept, for good.
    const moved = await api.directory.placeMovedTo({ slug });
    if (moved.slug) throw redirect(`/lieux/${moved.slug}`, { status: 301, headers });
    throw data(null, { status: 404, headers });
  }
  // Back to the search the person came from (a query string of /lieux only, nothing else).
  const back = new URL(request.url).searchParams.get('retour');
  const backPath = back?.startsWith('?') && !back.includes('#') ? safeReturnPath(`/lieux${back}`) : null;
  const backHref = backPath?.startsWith('/lieux?') ? backPath : '/lieux';
  return data(
    {
      place,
      backHref,
      // The description is the place's own words, not the catalogue's.
      meta: {
        ...metaOf(t, { title: ['directory.place.meta_title', { name: place.name }] }),
        description: place.summary ?? place.name,
      },
    },
    { headers },
  );
});

/** The same page for every anonymous visitor: cached by CDNs and browsers, with an ETag (decision 042). */
export const handle = {
  cache: 'public',
  i18n: ['directory', 'appointments.place.link', 'catalogue.place_page_feed', 'place_photos.site_title'],
} as const satisfies I18nHandle;

export const meta = pageMeta;

export default function Place({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const format = useFormat();
  const { place, backHref } = loaderData;

  return (
    <>
      <PageHeader
        title={place.name}
        lead={place.summary ?? undefined}
        before={<a href={backHref}>{t('directory.place.back')}</a>}
      >
        <p>
          {place.kinds.map((k) => kindLabel(t, k)).join(', ')}
          {place.isQpv ? ` — ${t('directory.place.territory_qpv')}` : ''}
          {place.isRural ? ` — ${t('directory.place.territory_rural')}` : ''}
        </p>
        {place.openingHours?.openNow === true ? (
          <Badge tone="success">{t('directory.results.open')}</Badge>
        ) : null}
        {place.openingHours?.openNow === false ? (
          <Badge tone="neutral">{t('directory.results.closed')}</Badge>
        ) : null}
      </PageHeader>

      <PlacePhotos place={place} />
      <PlaceWhere place={place} />
      <OpeningHours place={place} />

      {place.description ? (
        <section aria-labelledby="presentation">
          <h2 id="presentation">{t('directory.place.presentation')}</h2>
          {place.description.split(/\n{2,}/).map((paragraph) => (
            <p key={paragraph}>{paragraph}</p>
          ))}
        </section>
      ) : null}

      <PlaceOffer place={place} />
      <PlaceSessions place={place} />

      <p>
        <a href={`/lieux/${place.slug}/rendez-vous`}>{t('appointments.place.link')}</a>
      </p>

      <PlaceTools place={place} />
      <PlaceResources place={place} />
      <PlaceAccessibility place={place} />
      <PlaceLabels place={place} />
      <PlaceFabrique place={place} />
      <PlaceHub place={place} />

      <p>{t('directory.place.updated', { date: format.date(place.updatedOn) })}</p>
    </>
  );
}
