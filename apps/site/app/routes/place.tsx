import type { I18nHandle } from '@rf/i18n/core';
import { Badge, Card, type DescriptionItem, DescriptionList, PageHeader } from '@rf/ui';
import { useFormat } from '@rf/web/format';
import { useT } from '@rf/web/i18n';
import { metaOf, pageMeta } from '@rf/web/page-meta';
import { safeReturnPath } from '@rf/web/safe-redirect';
import { orNotFound, requestScope, withPageErrors } from '@rf/web/server';
import { data, redirect } from 'react-router';
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

const plain = (values: string[]) => values.join(', ');

export default function Place({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const format = useFormat();
  const { place, backHref } = loaderData;

  const contact: DescriptionItem[] = [];
  if (place.address) {
    contact.push({
      term: t('directory.place.address'),
      description: (
        <address style={{ fontStyle: 'normal' }}>
          {place.address.street}
          {place.address.complement ? (
            <>
              <br />
              {place.address.complement}
            </>
          ) : null}
          <br />
          {[place.address.postalCode, place.commune].filter(Boolean).join(' ')}
          {place.departement ? ` (${place.departement.name})` : ''}
        </address>
      ),
    });
  }
  if (place.contact.phone)
    contact.push({
      term: t('directory.place.phone'),
      description: <a href={`tel:${place.contact.phone}`}>{place.contact.phone}</a>,
    });
  if (place.contact.email)
    contact.push({
      term: t('directory.place.email'),
      description: <a href={`mailto:${place.contact.email}`}>{place.contact.email}</a>,
    });
  if (place.contact.website)
    contact.push({
      term: t('directory.place.website'),
      description: <a href={place.contact.website}>{place.contact.website}</a>,
    });
  if (place.contact.bookingUrl)
    contact.push({
      term: t('directory.place.booking'),
      description: <a href={place.contact.bookingUrl}>{place.contact.bookingUrl}</a>,
    });
  if (place.carrier)
    contact.push({
      term: t('directory.place.carrier'),
      description: [place.carrier.name, place.carrier.legalForm].filter(Boolean).join(', '),
    });

  const offer: DescriptionItem[] = [
    [t('directory.place.services'), place.services],
    [t('directory.place.publics'), place.publics],
    [t('directory.place.fees'), place.fees],
    [t('directory.place.access'), place.accessModes],
    [t('directory.place.support_modes'), place.supportModes],
    [t('directory.place.programmes'), place.nationalProgrammes],
    [t('directory.place.itinerance'), place.itinerance],
  ]
    .filter(([, values]) => (values as string[]).length > 0)
    .map(([term, values]) => ({ term: term as string, description: plain(values as string[]) }));

  const accessibility: DescriptionItem[] = [];
  if (place.specificSupport.length > 0)
    accessibility.push({
      term: t('directory.place.specific_support'),
      description: plain(place.specificSupport),
    });
  const hasAccessibility =
    accessibility.length > 0 || place.accessibility.notes || place.accessibility.accesLibreUrl;

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

      {place.photos.length > 0 ? (
        <section aria-labelledby="photos">
          <h2 id="photos" className="visually-hidden">
            {t('place_photos.site_title')}
          </h2>
          <ul style={{ listStyle: 'none', padding: 0, display: 'flex', flexWrap: 'wrap', gap: '1rem' }}>
            {place.photos.map((photo, index) => (
              <li key={photo.url}>
                {/* Each photo is stored in a few widths (decision 035): the browser picks the smallest that
                    fills its box, and only the cover loads before the person scrolls (small data plans). */}
                <img
                  src={photo.url}
                  srcSet={photo.srcSet ?? undefined}
                  sizes={index === 0 ? '(max-width: 40rem) 100vw, 40rem' : '(max-width: 18rem) 100vw, 18rem'}
                  alt={photo.altText}
                  loading={index === 0 ? 'eager' : 'lazy'}
                  decoding="async"
                  style={{
                    display: 'block',
                    width: index === 0 ? '40rem' : '18rem',
                    maxWidth: '100%',
                    height: 'auto',
                  }}
                />
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {contact.length > 0 ? (
        <section aria-labelledby="adresse">
          <h2 id="adresse">{t('directory.place.where')}</h2>
          <DescriptionList items={contact} />
        </section>
      ) : null}

      {place.openingHours ? (
        <section aria-labelledby="horaires">
          <h2 id="horaires">{t('directory.place.hours')}</h2>
          {place.openingHours.week ? (
            <table className="rf-table">
              <caption>{t('directory.place.hours_caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('directory.place.hours_day')}</th>
                  <th scope="col">{t('directory.place.hours_times')}</th>
                </tr>
              </thead>
              <tbody>
                {place.openingHours.week.map((day) => (
                  <tr key={day.isoDay}>
                    <th scope="row">{t(`directory.day.${day.isoDay}` as 'directory.day.1')}</th>
                    <td>
                      {day.intervals.length === 0
                        ? t('directory.place.hours_closed')
                        : day.intervals.length === 1 &&
                            day.intervals[0]?.from === '00:00' &&
                            day.intervals[0]?.to === '24:00'
                          ? t('directory.place.hours_all_day')
                          : day.intervals
                              .map((i) => t('directory.place.hours_interval', { from: i.from, to: i.to }))
                              .join(', ')}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : (
            <p>{t('directory.place.hours_unreadable', { raw: place.openingHours.raw })}</p>
          )}
        </section>
      ) : null}

      {place.description ? (
        <section aria-labelledby="presentation">
          <h2 id="presentation">{t('directory.place.presentation')}</h2>
          {place.description.split(/\n{2,}/).map((paragraph) => (
            <p key={paragraph}>{paragraph}</p>
          ))}
        </section>
      ) : null}

      {offer.length > 0 ? (
        <section aria-labelledby="offre">
          <h2 id="offre">{t('directory.place.offer')}</h2>
          <DescriptionList items={offer} />
        </section>
      ) : null}

      {place.upcomingSessions.length > 0 ? (
        <section aria-labelledby="ateliers">
          <h2 id="ateliers">{t('directory.place.sessions')}</h2>
          <ul className="rf-grid">
            {place.upcomingSessions.map((session) => (
              <Card
                key={session.id}
                as="li"
                headingLevel={3}
                title={session.title}
                href={`/seances/${session.id}`}
                meta={
                  session.seatsLeft > 0 ? (
                    <Badge tone="success">
                      {t(
                        format.plural(session.seatsLeft, {
                          one: 'directory.place.seats_left.one',
                          other: 'directory.place.seats_left.other',
                        }),
                        { count: format.number(session.seatsLeft) },
                      )}
                    </Badge>
                  ) : (
                    <Badge tone="warning">{t('directory.place.full')}</Badge>
                  )
                }
              >
                <p>
                  <time dateTime={session.startsAt}>{format.dateTime(session.startsAt)}</time>
                </p>
              </Card>
            ))}
          </ul>
          <p>
            <a href={`/lieux/${place.slug}/agenda.ics`}>{t('catalogue.place_page_feed')}</a>
          </p>
        </section>
      ) : null}

      <p>
        <a href={`/lieux/${place.slug}/rendez-vous`}>{t('appointments.place.link')}</a>
      </p>

      {place.tools.length > 0 ? (
        <section aria-labelledby="outils">
          <h2 id="outils">{t('directory.place.tools')}</h2>
          <ul>
            {place.tools.map((tool) => (
              <li key={tool.id}>
                <a href={`/outils/${tool.id}`}>{tool.name}</a>
                {tool.lendable ? ` — ${t('directory.place.tools_lendable')}` : ''}
                {tool.outOfService ? ` — ${t('directory.place.tools_out_of_service')}` : ''}
              </li>
            ))}
          </ul>
          {place.toolCount > place.tools.length ? (
            <p>
              <a href={`/outils?lieu=${place.id}`}>
                {t('directory.place.tools_all', { count: format.number(place.toolCount) })}
              </a>
            </p>
          ) : null}
        </section>
      ) : null}

      {place.resources.length > 0 ? (
        <section aria-labelledby="ressources">
          <h2 id="ressources">{t('directory.place.resources')}</h2>
          <ul>
            {place.resources.map((resource) => (
              <li key={resource.id}>
                <a href={resource.href} {...(resource.file ? { download: '' } : { rel: 'noopener' })}>
                  {resource.title}
                </a>
                {resource.file ? ` — ${t('directory.place.resources_file')}` : ''}
              </li>
            ))}
          </ul>
          {place.moreResources ? (
            <p>
              <a href={`/ressources?lieu=${place.id}`}>{t('directory.place.resources_all')}</a>
            </p>
          ) : null}
        </section>
      ) : null}

      {hasAccessibility ? (
        <section aria-labelledby="accessibilite">
          <h2 id="accessibilite">{t('directory.place.accessibility')}</h2>
          {accessibility.length > 0 ? <DescriptionList items={accessibility} /> : null}
          {place.accessibility.notes ? <p>{place.accessibility.notes}</p> : null}
          {place.accessibility.accesLibreUrl ? (
            <p>
              <a href={place.accessibility.accesLibreUrl}>{t('directory.place.acces_libre')}</a>
            </p>
          ) : null}
        </section>
      ) : null}

      {place.labels.length > 0 ? (
        <section aria-labelledby="labels">
          <h2 id="labels">{t('directory.place.labels')}</h2>
          <ul>
            {place.labels.map((label) => (
              <li key={`${label.code}-${label.grantedOn}`}>
                {label.name},{' '}
                {label.endsOn
                  ? t('directory.place.label_period', {
                      from: format.date(label.grantedOn),
                      to: format.date(label.endsOn),
                    })
                  : t('directory.place.label_since', { date: format.date(label.grantedOn) })}
                {label.wave ? ` (${t('directory.place.label_wave', { wave: label.wave })})` : ''}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {place.fabrique ? (
        <section aria-labelledby="fabrique">
          <h2 id="fabrique">{t('directory.place.fabrique')}</h2>
          <p>
            {t('directory.place.fabrique_lead')}{' '}
            <a href={`/lieux/${place.fabrique.slug}`}>{place.fabrique.name}</a>
            {place.fabrique.commune ? ` (${place.fabrique.commune})` : ''}
          </p>
        </section>
      ) : null}

      {place.hubPlaces.length > 0 ? (
        <section aria-labelledby="reseau">
          <h2 id="reseau">{t('directory.place.hub')}</h2>
          <ul>
            {place.hubPlaces.map((p) => (
              <li key={p.slug}>
                <a href={`/lieux/${p.slug}`}>{p.name}</a>
                {p.commune ? ` (${p.commune})` : ''}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <p>{t('directory.place.updated', { date: format.date(place.updatedOn) })}</p>
    </>
  );
}
